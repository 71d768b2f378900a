# The portal as an image: the jar extracted the way Spring Boot recommends, with a class data sharing
# archive from a training run, started with the same JVM limits as ./mvnw spring-boot:run (the pom's
# careerpath.jvm property; DeploymentSettingsTests checks that the two agree).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package \
 && java -Djarmode=tools -jar target/careerpath-*.jar extract --destination /app \
 && mv /app/careerpath-*.jar /app/careerpath.jar

FROM eclipse-temurin:17-jdk
WORKDIR /app
COPY --from=build /app /app
ENV JVM_OPTIONS="-XX:+UseSerialGC -Xms64m -Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:TieredStopAtLevel=1"
# Training run: starts the application context on a throw-away embedded database, then exits and writes
# the archive of the classes it loaded (the same JVM as below, or the archive would not be used).
RUN java $JVM_OPTIONS -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar careerpath.jar \
      --careerpath.embedded-postgres.data-directory=/tmp/training \
 && rm -rf /tmp/training
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JVM_OPTIONS -XX:SharedArchiveFile=app.jsa -jar careerpath.jar \"$@\"", "careerpath"]
