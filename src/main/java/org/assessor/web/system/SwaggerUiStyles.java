package org.assessor.web.system;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Swagger UI as springdoc serves it, with {@code swagger-ui-accessible.css} appended to its {@code index.css}:
 * Swagger UI's own colours fail WCAG 2.2 AA contrast and its one-entry server list has no label.
 * Everything else springdoc does to the page is kept.
 */
@Configuration
class SwaggerUiStyles {
    private static final String OVERRIDES = "static/css/swagger-ui-accessible.css";

    @Bean
    SwaggerIndexPageTransformer indexPageTransformer(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth,
                                                     SwaggerWelcomeCommon welcome, ObjectMapperProvider mapper) {
        return new SwaggerIndexPageTransformer(config, oauth, welcome, mapper) {
            @Override
            public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
                if (!"index.css".equals(resource.getFilename())) {
                    return super.transform(request, resource, chain);
                }
                try (InputStream original = resource.getInputStream(); InputStream ours = new ClassPathResource(OVERRIDES).getInputStream()) {
                    byte[] a = original.readAllBytes();
                    byte[] b = ours.readAllBytes();
                    byte[] both = new byte[a.length + 1 + b.length];
                    System.arraycopy(a, 0, both, 0, a.length);
                    both[a.length] = '\n';
                    System.arraycopy(b, 0, both, a.length + 1, b.length);
                    return new TransformedResource(resource, both);
                }
            }
        };
    }
}
