package com.partnerportal.activity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the log can record has a label, in one of the English bundles: the
 * activity bundle holds the labels of the actions it knows, other features may bring
 * their own for the actions they add.
 */
class ActivityActionLabelsTests {

	@Test
	void actionsWhenListedThenEachHasALabel() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path bundle : bundles.filter((file) -> !file.getFileName().toString().contains("_")).toList()) {
				try (Reader in = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
					messages.load(in);
				}
			}
		}

		assertThat(Arrays.stream(ActivityAction.values()).map((action) -> "activity.action." + action.name()))
			.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

}
