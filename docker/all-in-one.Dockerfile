# The three WARs in one Open Liberty server (as ./tempo start all-in-one). Build from the repository root:
#   docker build -f docker/all-in-one.Dockerfile -t tempo/all-in-one:0.1.0 .

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# the JDBC driver at the version the root pom pins (Maven resolves the property), then the WARs and the RAR
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    mvn -B -q -N dependency:copy -Dartifact='org.postgresql:postgresql:${version.postgresql.jdbc}' \
        -Dmdep.stripVersion=true -DoutputDirectory=/out \
 && mvn -B -q -pl account-war,training-war,interaction-war,artemis-rar -am package -DskipTests \
 && cp account-war/target/account-war.war training-war/target/training-war.war \
       interaction-war/target/interaction-war.war artemis-rar/target/artemis-rar.rar /out/

FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal
ARG VERSION=0.1.0
LABEL org.opencontainers.image.title="tempo-all-in-one" \
      org.opencontainers.image.description="Tempo's three WARs in one Open Liberty server" \
      org.opencontainers.image.version="$VERSION" \
      org.opencontainers.image.vendor="Tempo"
ENV TEMPO_HTTP_PORT=9080 \
    WLP_LOGGING_CONSOLE_FORMAT=JSON \
    WLP_LOGGING_CONSOLE_SOURCE=message,accessLog,ffdc,audit
# features.sh installs exactly the features platform/features.xml lists (server.xml includes it)
COPY --chown=1001:0 liberty-config/src/main/liberty/server.xml /config/
COPY --chown=1001:0 liberty-config/src/main/liberty/platform/*.xml /config/platform/
RUN features.sh
COPY --chown=1001:0 --from=build /out/postgresql.jar /opt/ol/wlp/usr/shared/resources/postgresql/
COPY --chown=1001:0 --from=build /out/artemis-rar.rar /opt/ol/wlp/usr/shared/resources/artemis/
COPY --chown=1001:0 account-war/src/main/liberty/config/account-war.xml \
                    training-war/src/main/liberty/config/training-war.xml \
                    interaction-war/src/main/liberty/config/interaction-war.xml /config/configDropins/overrides/
COPY --chown=1001:0 --from=build /out/*.war /config/apps/
# configure.sh starts the server once to warm the class cache; a keystore that start made holds the build's
# password, not the deployment's TEMPO_KEYSTORE_PASSWORD: drop it, the first real start makes another
RUN configure.sh && rm -rf /output/resources/security
USER 1001
EXPOSE 9080
