# The portal as an image: the jar extracted the way Spring Boot recommends, started with the same JVM limits as
# ./mvnw spring-boot:run (the pom's careerpath.jvm property; DeploymentSettingsTests checks that the two agree),
# with Spring's ahead-of-time processed bean definitions (made by the build) and the JVM's AOT cache of the
# classes a training run loaded and linked (Java 24 and later). The code is Java 17; the image runs it on 25.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package \
 && java -Djarmode=tools -jar target/careerpath-*.jar extract --destination /app \
 && mv /app/careerpath-*.jar /app/careerpath.jar

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /app /app
ENV JVM_OPTIONS="-XX:+UseSerialGC -Xms64m -Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:TieredStopAtLevel=1"
# The ahead-of-time processed definitions settled the build's conditions; the database is still chosen at each
# start (SPRING_DATASOURCE_URL, or the embedded server without it). A one-off command (--import-salaries) starts
# without them.
ENV STARTUP_OPTIONS="-Dspring.aot.enabled=true -XX:AOTCache=app.aot"
# Training run: starts the application context on a throw-away embedded database, then exits and writes the
# AOT cache (the same JVM and options as below, or the cache would not be used).
RUN java $JVM_OPTIONS -Dspring.aot.enabled=true -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
      -jar careerpath.jar --careerpath.embedded-postgres.data-directory=/tmp/training \
 && rm -rf /tmp/training
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JVM_OPTIONS $STARTUP_OPTIONS -jar careerpath.jar \"$@\"", "careerpath"]
