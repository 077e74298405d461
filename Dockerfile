# A container that serves the index of the releases in data/releases (codebook serve), read-only.
#   docker build -t codebook .
#   docker run --rm -p 8080:8080 codebook          # then: curl http://localhost:8080/health
# The index is built into the image, so each replica starts from the same read-only folder; to serve an index of
# your own, mount it and point --index at it: docker run -v /srv/index:/index:ro -p 8080:8080 codebook
# (add --watch to the command to switch by itself when that folder is rebuilt).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package \
 && java -jar cli/target/codebook.jar build --quiet --source data/releases --out /index

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 codebook
COPY --from=build /src/server/target/codebook-server.jar /app/codebook-server.jar
COPY --from=build /index /index
USER codebook
EXPOSE 8080
# The parallel collector: on few cores G1's own work cost the server a third or more of its answers; the heap taken
# whole at start keeps resident memory flat (README, "codebook serve"; BENCHMARKS.md, Server).
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch", "-jar", "/app/codebook-server.jar", "serve", "--host", "0.0.0.0", "--port", "8080"]
CMD ["--index", "/index"]
