# postlint in a container: docker build -t postlint . && docker run --rm -v "$PWD:/site" postlint check
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl cli -am \
 && mkdir /dist && tar -xzf cli/target/postlint-*.tar.gz -C /dist --strip-components=1

FROM eclipse-temurin:17-jre
COPY --from=build /dist /opt/postlint
RUN ln -s /opt/postlint/bin/postlint /usr/local/bin/postlint \
 && POSTLINT_CDS=create postlint --version
WORKDIR /site
ENTRYPOINT ["postlint"]
CMD ["check"]
