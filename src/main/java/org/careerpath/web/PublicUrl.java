package org.careerpath.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address the portal is reached at from outside (careerpath.public-url, CAREERPATH_PUBLIC_URL), for
 * every absolute link it writes: canonical links, the sitemap, structured data, links to copy. Taken from
 * configuration and never from the request's Host header, so no request can put another host into a page
 * that is kept and served to others.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${careerpath.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** "https://careerpath.example" */
    public String base() {
        return base;
    }

    /** The absolute address of a path: "https://careerpath.example/guides/senior-ml-engineer". */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
