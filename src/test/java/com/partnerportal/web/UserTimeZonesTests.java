package com.partnerportal.web;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class UserTimeZonesTests {

	private final UserTimeZones zones = new UserTimeZones("Europe/Madrid");

	@Test
	void zoneOfWhenAccountHasAZoneThenThatZone() {
		assertThat(this.zones.zoneOf("Asia/Tokyo")).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(this.zones.zoneOf(" America/Sao_Paulo ")).isEqualTo(ZoneId.of("America/Sao_Paulo"));
	}

	@Test
	void zoneOfWhenAccountHasNoneOrAnUnknownOneThenThePortalDefault() {
		assertThat(this.zones.zoneOf(null)).isEqualTo(ZoneId.of("Europe/Madrid"));
		assertThat(this.zones.zoneOf(" ")).isEqualTo(ZoneId.of("Europe/Madrid"));
		assertThat(this.zones.zoneOf("Mars/Olympus_Mons")).isEqualTo(ZoneId.of("Europe/Madrid"));
	}

	@Test
	void constructorWhenDefaultIsUtcOrInvalidThenUsedOrRefused() {
		assertThat(new UserTimeZones("UTC").zoneOf(null)).isEqualTo(ZoneId.of("UTC"));
		assertThat(new UserTimeZones("+02:00").zoneOf(null)).isEqualTo(ZoneOffset.ofHours(2));
		assertThatException().isThrownBy(() -> new UserTimeZones("Nowhere/Special"));
	}

}
