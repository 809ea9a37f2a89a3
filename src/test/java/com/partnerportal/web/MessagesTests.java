package com.partnerportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.DomText;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text comes from the message bundles: no template shows literal text that
 * Thymeleaf would not replace, and every message key a template names exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	/**
	 * Attributes that replace an element's content, so placeholder text inside it never
	 * shows.
	 */
	private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace",
			"th:insert", "th:remove");

	/** Attributes a person sees or hears, which need their th: form when present. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

	/** The bundle suffixes of every language besides English. */
	private static final List<String> LANGUAGES = List.of("es", "pt_BR", "it", "ru");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	@Test
	void templatesWhenParsedThenHaveNoLiteralText() throws Exception {
		List<String> literals = new ArrayList<>();
		try (WebClient client = new WebClient()) {
			client.getOptions().setJavaScriptEnabled(false);
			client.getOptions().setCssEnabled(false);
			for (Path template : templates()) {
				HtmlPage page = parse(client, template);
				collectLiterals(page, template, literals);
			}
		}
		assertThat(literals).as("literal text in templates; use #{...} message keys").isEmpty();
	}

	@Test
	void templatesWhenTheyNameMessageKeysThenTheEnglishBundlesHaveThem() throws IOException {
		Properties messages = englishMessages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				if (!key.endsWith(".") && !messages.containsKey(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys without a text").isEmpty();
	}

	@Test
	void bundlesWhenComparedAcrossLanguagesThenHaveTheSameKeys() throws IOException {
		List<String> differences = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			List<Path> english = files.filter((file) -> !file.getFileName().toString().contains("_")).sorted().toList();
			for (Path base : english) {
				Set<Object> keys = load(base).keySet();
				String name = base.getFileName().toString().replace(".properties", "");
				for (String language : LANGUAGES) {
					Path translated = BUNDLES.resolve(name + "_" + language + ".properties");
					if (!Files.exists(translated)) {
						differences.add(translated.getFileName() + " is missing");
						continue;
					}
					Set<Object> translatedKeys = load(translated).keySet();
					keys.stream()
						.filter((key) -> !translatedKeys.contains(key))
						.forEach((key) -> differences.add(translated.getFileName() + " lacks " + key));
					translatedKeys.stream()
						.filter((key) -> !keys.contains(key))
						.forEach((key) -> differences.add(translated.getFileName() + " has extra " + key));
				}
			}
		}
		assertThat(differences).as("keys that not every language has").isEmpty();
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static void collectLiterals(DomNode node, Path template, List<String> literals) {
		if (node instanceof DomElement element) {
			String name = element.getNodeName();
			if (name.equals("script") || name.equals("style") || replacesContent(element)) {
				return;
			}
			for (String attribute : VISIBLE_ATTRIBUTES) {
				if (element.hasAttribute(attribute) && !element.hasAttribute("th:" + attribute)
						&& !element.hasAttribute("th:attr") && !isInvisibleValue(element, attribute)) {
					literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\""
							+ element.getAttribute(attribute) + "\"");
				}
			}
		}
		if (node instanceof DomText text && !text.getTextContent().isBlank()) {
			literals.add(TEMPLATES.relativize(template) + ": \"" + text.getTextContent().strip() + "\"");
		}
		for (DomNode child : node.getChildren()) {
			collectLiterals(child, template, literals);
		}
	}

	/**
	 * Whether Thymeleaf replaces the element's content. A page's root is the exception:
	 * it hands its own parts to the layout, so they are shown.
	 */
	private static boolean replacesContent(DomElement element) {
		if (element.getNodeName().equals("textarea") && element.hasAttribute("th:field")) {
			return true;
		}
		return !element.getNodeName().equals("html") && CONTENT_REPLACING.stream().anyMatch(element::hasAttribute);
	}

	/**
	 * A value on a field the user fills in, a checkbox or a hidden input is data, not a
	 * label.
	 */
	private static boolean isInvisibleValue(DomElement element, String attribute) {
		if (!attribute.equals("value")) {
			return false;
		}
		String type = element.getAttribute("type");
		return element.getNodeName().equals("option") || element.hasAttribute("th:field")
				|| element.hasAttribute("th:value") || Set.of("hidden", "checkbox", "radio").contains(type)
				|| (element.getNodeName().equals("button") && element.hasAttribute("name"));
	}

	private static HtmlPage parse(WebClient client, Path template) throws IOException {
		String html = Files.readString(template).replaceAll("(?s)<!--/\\*.*?\\*/-->", "");
		StringWebResponse response = new StringWebResponse(html, new java.net.URL("http://localhost/"));
		return (HtmlPage) client.loadWebResponseInto(response, client.getCurrentWindow());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties englishMessages() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter((file) -> !file.getFileName().toString().contains("_")).toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return messages;
	}

}
