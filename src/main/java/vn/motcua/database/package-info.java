/**
 * Cơ sở dữ liệu nhúng: a real PostgreSQL started by the application itself when no external database is configured,
 * so that a newcomer with only a JDK can run MotCua. Production points {@code spring.datasource.url} at its own
 * PostgreSQL and nothing here starts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded database", allowedDependencies = {})
package vn.motcua.database;
