# Kerja Sama Bandung: production image.
#   docker build -t kerjasama .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/kerjasama \
#     -e SPRING_DATASOURCE_USERNAME=... -e SPRING_DATASOURCE_PASSWORD=... \
#     -e APP_ADMIN_USERNAME=... -e APP_ADMIN_PASSWORD=... kerjasama
# See compose.yaml for a production-like run with PostgreSQL 17.

# ---- build: JDK 17 and Node.js 20 (Vaadin's frontend build uses Node; nothing is downloaded besides Maven
# Central and the npm registry, because Node is installed here) ----
FROM node:20-bookworm-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jdk-headless ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package \
    && mv target/kerjasama-*.jar /src/app.jar

# ---- run: JRE 17 as an unprivileged user ----
FROM eclipse-temurin:17-jre
RUN groupadd --system kerjasama && useradd --system --gid kerjasama --home-dir /app kerjasama \
    && mkdir -p /app/data && chown -R kerjasama:kerjasama /app
WORKDIR /app
COPY --from=build --chown=kerjasama:kerjasama /src/app.jar app.jar
USER kerjasama
ENV PORT=8080 \
    APP_DATA_DIR=/app/data/postgres \
    APP_BACKUP_DIR=/app/data/backups \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# Production sets SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (a real PostgreSQL) and, on the first start against an
# empty database, APP_ADMIN_USERNAME/APP_ADMIN_PASSWORD. Without a datasource URL the embedded PostgreSQL runs
# inside the container and keeps its data in /app/data (mount a volume there); that is for trials only. The nightly
# backup archives go to /app/data/backups either way: mount it, and copy them off the machine.
VOLUME /app/data
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
