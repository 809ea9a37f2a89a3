package com.partnerportal.generator;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PartnerPortalApplication;
import com.partnerportal.customer.NameWords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's command line without starting it: what its help promises and which
 * classes the portal's scan sees when it runs on the test classpath.
 */
class DataGeneratorApplicationTests {

	final MetadataReaderFactory readers = new SimpleMetadataReaderFactory();

	@Test
	void productClassesOnlyWhenClassIsFromTheTestTreeThenExcludesIt() throws IOException {
		DataGeneratorApplication.ProductClassesOnly filter = new DataGeneratorApplication.ProductClassesOnly();
		assertThat(filter.match(this.readers.getMetadataReader(DemoAccounts.class.getName()), this.readers)).isTrue();
		assertThat(filter.match(this.readers.getMetadataReader(DataGenerator.class.getName()), this.readers)).isTrue();
	}

	@Test
	void productClassesOnlyWhenClassIsTheProductsThenKeepsIt() throws IOException {
		DataGeneratorApplication.ProductClassesOnly filter = new DataGeneratorApplication.ProductClassesOnly();
		assertThat(filter.match(this.readers.getMetadataReader(PartnerPortalApplication.class.getName()), this.readers))
			.isFalse();
		assertThat(filter.match(this.readers.getMetadataReader(NameWords.class.getName()), this.readers)).isFalse();
	}

	@Test
	void usageNamesEverySettingOfTheGenerator() {
		String[] options = Arrays.stream(GeneratorProperties.class.getRecordComponents())
			.map(RecordComponent::getName)
			.map((name) -> "--portal.generate." + name.replaceAll("([A-Z])", "-$1").toLowerCase() + "=")
			.toArray(String[]::new);
		assertThat(options).hasSize(5);
		assertThat(DataGeneratorApplication.USAGE).contains(options).contains("--help");
	}

}
