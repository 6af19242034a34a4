# The portal as a container, built from the jar that `mvn -B package` makes.
#   mvn -B -DskipTests package && docker compose up --build
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 portal \
    && mkdir -p /app/data/files \
    && chown -R portal /app/data
WORKDIR /app
COPY target/union-rights-portal-*.jar /app/portal.jar
USER portal
ENV PORTAL_STORAGE_DIR=/app/data/files
# Evidence files: keep them on a volume, or they are lost with the container.
VOLUME /app/data/files
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
