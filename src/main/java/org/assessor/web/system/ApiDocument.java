package org.assessor.web.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.assessor.system.EngineVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document ({@code /v3/api-docs}, Swagger UI) says the API is: its name, the engine's version and a summary. */
@Configuration
class ApiDocument {
    static final String TITLE = "Assessor API";

    @Bean
    OpenAPI assessorApi() {
        return new OpenAPI().info(new Info().title(TITLE).version(EngineVersion.get()).description("""
                Rates NHS trusts under the methodologies kept as YAML parameters and DRL rules (the 2003/04 star \
                ratings, the annual health check, use of resources, the NHS Oversight Framework 2025/26) and \
                explains every rating step by step, each parameter with its value, confidence and reference. \
                Read methodologies, runs, ratings, explanations and league tables, and compare runs (role auditor); \
                rate a CSV (analyst); validate and reload a methodology (methodology). Sign in with HTTP Basic; \
                errors are RFC 9457 problem details, and answers about one methodology version name it in the \
                Assessor-Methodology-Version header."""));
    }
}
