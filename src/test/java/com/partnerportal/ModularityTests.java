package com.partnerportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

class ModularityTests {

	/**
	 * The diagrams and canvases are kept in the repository, next to the rest of the
	 * documentation, so that a change of a module's dependencies shows in its diff.
	 */
	private static final String DOCUMENTATION_FOLDER = "docs/modules";

	private final ApplicationModules modules = ApplicationModules.of(PartnerPortalApplication.class);

	@Test
	void modulesWhenVerifiedThenHaveNoCyclesAndUseOnlyPublicTypes() {
		this.modules.verify();
	}

	@Test
	void modulesWhenDocumentedThenWriteDiagrams() throws IOException {
		new Documenter(this.modules, Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(Path.of(DOCUMENTATION_FOLDER))) {
			for (Path file : files.toList()) {
				Files.write(file, inStableOrder(Files.readAllLines(file)));
			}
		}
	}

	/**
	 * The documenter lists components, relations and a canvas's types in the order the
	 * class scan meets them, which moves whenever any class is added, even in another
	 * module. Sorting each run of such lines keeps the committed files unchanged until
	 * what they say changes.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> ordered = new ArrayList<>();
		int start = 0;
		while (start < lines.size()) {
			String kind = listKind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && !lines.get(end).startsWith("|")
					&& kind.equals(listKind(lines.get(end)))) {
				end++;
			}
			ordered.addAll(sorted(lines.subList(start, end)));
			start = end;
		}
		return ordered;
	}

	private static String listKind(String line) {
		String item = line.strip();
		if (item.startsWith("Rel(")) {
			return "relation";
		}
		if (item.startsWith("Component(")) {
			return "component";
		}
		if (item.startsWith("* ") || item.startsWith("|* ")) {
			return "canvas item";
		}
		return null;
	}

	/**
	 * A canvas cell opens with {@code |} on its first item; the mark stays on the first
	 * line whichever item sorts first.
	 */
	private static List<String> sorted(List<String> run) {
		boolean opensCell = run.get(0).startsWith("|");
		List<String> items = new ArrayList<>(
				run.stream().map((line) -> opensCell ? line.replaceFirst("^\\|", "") : line).sorted().toList());
		if (opensCell) {
			items.set(0, "|" + items.get(0));
		}
		return items;
	}

}
