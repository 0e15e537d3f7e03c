package dev.handbook.render;

import dev.handbook.diag.Suggestions;
import dev.handbook.model.Messages;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's words in templates. {@code t} writes a message, {@code day} a date as the language
 * writes it:
 *
 * <pre>{@code
 * <label for="q">{{ t("search.label") }}</label>
 * {{ t("team.members_count", {"n": page.details.memberCount}) }}     a count: "1 member", "3 members"
 * {{ t("role.shared_with", {"roles": links(r.with)}) }}               a macro's HTML goes in as it is
 * <time datetime="{{ page.reviewed }}">{{ page.reviewed | day }}</time>
 * }</pre>
 *
 * A message is escaped like any {@code {{ }}} output (a key ending in {@code _html} holds checked
 * inline HTML and is written as it is); each value filled into a placeholder is escaped unless it is
 * HTML already (a macro's output, {@code | raw}). A key no message has stops the build at the
 * template's line, with the closest key.
 */
final class MessageExtension extends AbstractExtension {
    private final Messages messages;
    /** Each text escaped once, as the template writes it before its placeholders are filled. */
    private final Map<String, String> escaped = new HashMap<>();
    /** Texts without a placeholder, ready to write as they are. */
    private final Map<String, SafeString> ready = new HashMap<>();

    MessageExtension(Messages messages) {
        this.messages = messages;
        messages.texts().forEach((key, text) -> {
            String html = key.endsWith(Messages.HTML_SUFFIX) ? text : Html.escape(text);
            escaped.put(key, html);
            if (Messages.placeholders(text).isEmpty()) ready.put(key, new SafeString(html));
        });
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("day", new Day());
    }

    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "values");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object k = args.get("key");
            Object v = args.get("values");
            if (!(k instanceof String key)) throw new PebbleException(null, "t takes a message key", line, self.getName());
            if (v != null && !(v instanceof Map)) {
                throw new PebbleException(null, "t(\"" + key + "\", ...) takes its values as a map, e.g. {\"n\": 3}",
                        line, self.getName());
            }
            Map<?, ?> values = v == null ? Map.of() : (Map<?, ?>) v;
            if (messages.isCounted(key)) return count(key, values, self, line);
            if (values.isEmpty()) {
                SafeString s = ready.get(key);
                if (s != null) return s;
            }
            return fill(text(key, self, line), values);
        }

        private SafeString count(String key, Map<?, ?> values, PebbleTemplate self, int line) {
            if (!(values.get("n") instanceof Number n)) {
                throw new PebbleException(null, "message '" + key + "' is a count: give it the number, "
                        + "t(\"" + key + "\", {\"n\": ...})", line, self.getName());
            }
            String form = key + (messages.isOne(n.longValue()) ? ".one" : ".other");
            return fill(escaped.containsKey(form) ? escaped.get(form) : escaped.get(key + ".other"), values);
        }

        private String text(String key, PebbleTemplate self, int line) {
            String s = escaped.get(key);
            if (s != null) return s;
            throw new PebbleException(null, "unknown message '" + key + "'"
                    + Suggestions.didYouMean(key, messages.texts().keySet())
                    + " (the keys are those of the theme's i18n/en.yml)", line, self.getName());
        }
    }

    /** {@code html} with its placeholders filled: HTML values as they are, anything else escaped. */
    private static SafeString fill(String html, Map<?, ?> values) {
        return new SafeString(Messages.fill(html, name -> Optional.ofNullable(values.get(name))
                .map(x -> x instanceof SafeString ? x.toString() : Html.escape(String.valueOf(x)))));
    }

    private final class Day implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int line) {
            if (input == null) return null;
            try {
                LocalDate date = input instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(input));
                return messages.date(date);
            } catch (DateTimeException e) {
                throw new PebbleException(e, "day takes a date written YYYY-MM-DD, found '" + input + "'", line,
                        self.getName());
            }
        }
    }
}
