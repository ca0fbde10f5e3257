# Build: docker compose build (or: docker build -t motcua .)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/motcua-*.jar /motcua.jar

FROM eclipse-temurin:17-jre
# PostgreSQL runs elsewhere (docker-compose.yml); the application itself never needs root
RUN useradd --system --uid 10001 --home-dir /app motcua
WORKDIR /app
COPY --from=build /motcua.jar /app/motcua.jar
USER motcua
EXPOSE 8080
ENV TZ=Asia/Ho_Chi_Minh JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
ENTRYPOINT ["java", "-jar", "/app/motcua.jar"]
