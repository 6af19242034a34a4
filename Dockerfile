# The portal as a container, built from the jar that `mvn -B package` makes.
#   mvn -B -DskipTests package && docker compose up --build
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 portal
WORKDIR /app
COPY target/union-rights-portal-*.jar /app/portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
