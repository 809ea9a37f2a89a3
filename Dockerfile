# syntax=docker/dockerfile:1
# Build: docker build -t partner-portal .
# Run:   docker run -p 8080:8080 -e PORTAL_DB_URL=jdbc:postgresql://db:5432/portal -e PORTAL_DB_USER=portal \
#          -e PORTAL_DB_PASSWORD=... -e PORTAL_ADMIN_EMAIL=... -e PORTAL_ADMIN_PASSWORD=... partner-portal
# Every variable is described in docs/deployment.md.

FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
# The source has no .git directory here, so the jar carries build data but no git.properties.
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/partner-portal-*.jar extract --layers --launcher --destination /layers

# The Ubuntu-based Temurin JRE image; it ships curl, which the health check below uses.
FROM eclipse-temurin:17-jre-noble
RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
# Layers from least to most often changed, so that a code change rebuilds only the last one.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# A numeric user, so that orchestrators can verify that the container does not run as root.
USER 10001:10001
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
# Readiness: the portal answers and reaches its database. /readyz is served on the main port whether or
# not the management endpoints have a port of their own.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null "http://localhost:${SERVER_PORT:-8080}/readyz" || exit 1
# On the two-core, small-heap containers the portal is sized for, the serial collector saves G1's native
# memory; the JIT stays at its default (C1, then C2), whose compiled code costs a third of C1's CPU per request
# once warm (docs/deployment.md, JVM options). Set JAVA_TOOL_OPTIONS to something else on larger machines.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC"
# The JVM sizes its heap from the container's memory limit, leaving the rest for classes, compiled code and
# threads (give the container 384 MB or more); stop on OutOfMemoryError so the container is restarted rather
# than left half-working.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=40", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
