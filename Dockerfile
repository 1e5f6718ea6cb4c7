# COC Emulator image. The base images are build arguments whose defaults are the official
# images, so a normal machine builds it with no arguments:
#   docker build -t coc-emulator .
# Use only classic-builder syntax here (no BuildKit-only features).
ARG JDK_IMAGE=eclipse-temurin:17-jdk
ARG BASE_IMAGE=debian:bookworm-slim

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && cp target/coc-emulator-*.jar /coc-emulator.jar
# A runtime of just the modules the application uses.
RUN mkdir /unpacked && cd /unpacked && jar xf /coc-emulator.jar \
 && modules=$(jdeps --ignore-missing-deps -q --recursive --multi-release 17 --print-module-deps \
      --class-path 'BOOT-INF/lib/*' BOOT-INF/classes) \
 && jlink --add-modules "$modules,jdk.crypto.ec,jdk.management,jdk.zipfs" --strip-debug --no-man-pages \
      --no-header-files --output /runtime

FROM ${BASE_IMAGE}
RUN groupadd --system coc && useradd --system --gid coc --home-dir /app --no-create-home coc \
 && mkdir -p /app /data && chown coc:coc /data
COPY --from=build /runtime /opt/java
COPY --from=build /coc-emulator.jar /app/coc-emulator.jar
ENV JAVA_HOME=/opt/java \
    PATH=/opt/java/bin:$PATH \
    COCEMU_DATA_DIR=/data \
    SERVER_PORT=8080
USER coc
WORKDIR /app
VOLUME /data
EXPOSE 8080
# bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/coc-emulator.jar"]
