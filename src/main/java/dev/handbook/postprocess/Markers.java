package dev.handbook.postprocess;

import dev.handbook.model.Body;

/**
 * jsoup writes the control characters that mark link holes (see {@link Body}) as numeric
 * references; after a jsoup pass they are turned back into the characters the render stage
 * looks for.
 */
final class Markers {
    private Markers() {
    }

    static String restore(String html) {
        if (html.indexOf("&#x") < 0) return html;
        return html.replace("&#x1;", String.valueOf(Body.OPEN)).replace("&#x2;", String.valueOf(Body.END))
                .replace("&#x3;", String.valueOf(Body.CLOSE)).replace("&#x4;", String.valueOf(Body.TITLE));
    }
}
