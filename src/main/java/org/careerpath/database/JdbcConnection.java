package org.careerpath.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Where a PostgreSQL database is and how to log in, as Spring Boot's connection details. */
public record JdbcConnection(String url, String username, String password) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return url;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }
}
