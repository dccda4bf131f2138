package app.tempo.platform.openapi;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated document (registered as {@code mp.openapi.filter} by each WAR): the API's title and version
 * from {@code tempo.openapi.title} and {@code tempo.openapi.version}; the {@code sso} bearer scheme required by every
 * operation; the {@code Problem} schema with every problem type; and on every operation the answers the platform
 * gives it (success codes by method, problem+json errors by what the operation takes — {@link AnswerRules}).
 * ApiDocumentsIT checks the result against the code and the running endpoints.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String SCHEME = "sso";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI document) {
        String title = ConfigProvider.getConfig().getOptionalValue("tempo.openapi.title", String.class).orElse("Tempo API");
        String version = ConfigProvider.getConfig().getOptionalValue("tempo.openapi.version", String.class).orElse("1");
        document.info(OASFactory.createInfo().title(title).version(version).description("""
                Part of Tempo's mobile API (README, "API"). Every operation needs an access token of the corporate SSO \
                (scheme `sso`). Errors are application/problem+json (schema `Problem`); the answers each operation \
                lists are those the platform gives it by its method and inputs."""));
        if (document.getComponents() == null) {
            document.components(OASFactory.createComponents());
        }
        document.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An RS256 access token of the corporate SSO (Keycloak locally) for audience tempo-api"));
        document.security(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        document.getComponents().addSchema(PROBLEM, problemSchema());
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().forEach(ApiDocumentFilter::complete);
        }
    }

    private static void complete(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> complete(path, method, operation));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.responses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        AnswerRules.Inputs inputs = new AnswerRules.Inputs(path.contains("{"),
                operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> !"path".equals(String.valueOf(p.getIn()))),
                operation.getRequestBody() != null);
        for (int status : AnswerRules.successes(method.name())) {
            if (!responses.hasAPIResponse(Integer.toString(status))) {
                responses.addAPIResponse(Integer.toString(status), OASFactory.createAPIResponse()
                        .description(AnswerRules.successDescription(status)));
            }
        }
        for (int status : AnswerRules.errors(method.name(), inputs)) {
            if (!responses.hasAPIResponse(Integer.toString(status))) { // what a resource says of itself stands
                responses.addAPIResponse(Integer.toString(status), problemResponse(status));
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problemResponse(int status) {
        String titles = Arrays.stream(ProblemType.values()).filter(type -> type.status() == status)
                .map(type -> type.title() + " (" + type.slug() + ")").collect(Collectors.joining("; "));
        var response = OASFactory.createAPIResponse().description(titles)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if (status == 429 || status == 503) {
            response.addHeader("Retry-After", OASFactory.createHeader().style(Header.Style.SIMPLE)
                    .description("Seconds to wait before trying again").schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    private static Schema problemSchema() {
        List<Object> types = Arrays.stream(ProblemType.values()).map(type -> (Object) Problem.typeOf(type)).distinct().toList();
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457). `type` is stable per kind of error; `errors` names the offending fields; "
                        + "`current` is the resource's current state when a conditional write lost (412)")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri").enumeration(types),
                        "title", OASFactory.createSchema().type(Schema.SchemaType.STRING),
                        "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                        "detail", OASFactory.createSchema().type(Schema.SchemaType.STRING),
                        "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema()
                                .type(Schema.SchemaType.OBJECT)
                                .properties(Map.of("field", OASFactory.createSchema().type(Schema.SchemaType.STRING),
                                        "message", OASFactory.createSchema().type(Schema.SchemaType.STRING)))),
                        "current", OASFactory.createSchema().description("The resource as it is now")));
    }
}
