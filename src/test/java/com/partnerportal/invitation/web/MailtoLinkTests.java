package com.partnerportal.invitation.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailtoLinkTests {

	@Test
	void encodeWhenSpacesThenPercentTwentyNeverPlus() {
		assertThat(MailtoLink.encode("a b")).isEqualTo("a%20b");
	}

	@Test
	void encodeWhenDelimitersThenEncodesEachOne() {
		assertThat(MailtoLink.encode("a&b?c#d=e+f%g")).isEqualTo("a%26b%3Fc%23d%3De%2Bf%25g");
	}

	@Test
	void encodeWhenUnreservedThenLeavesThemAlone() {
		assertThat(MailtoLink.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
	}

	@Test
	void encodeWhenNonAsciiThenUtf8PercentEncoding() {
		assertThat(MailtoLink.encode("Relação")).isEqualTo("Rela%C3%A7%C3%A3o");
		assertThat(MailtoLink.encode("Запрос")).isEqualTo("%D0%97%D0%B0%D0%BF%D1%80%D0%BE%D1%81");
	}

	@Test
	void encodeWhenCharacterOutsideBasicPlaneThenFourBytes() {
		assertThat(MailtoLink.encode("\uD83D\uDE00")).isEqualTo("%F0%9F%98%80");
	}

	@Test
	void ofWhenBodyHasLineBreaksOfAnyKindThenCrLf() {
		assertThat(MailtoLink.of("Hi", "one\ntwo\r\nthree\rfour"))
			.isEqualTo("mailto:?subject=Hi&body=one%0D%0Atwo%0D%0Athree%0D%0Afour");
	}

	@Test
	void ofWhenSubjectHasLineBreakThenSpaceSoNoHeaderCanBeAdded() {
		assertThat(MailtoLink.of("Hi\r\nBcc: x@example.com", "b"))
			.isEqualTo("mailto:?subject=Hi%20Bcc%3A%20x%40example.com&body=b");
	}

	@Test
	void ofWhenLinkInBodyThenLinkSurvivesDecodingIntact() {
		String url = MailtoLink.of("Fabrikam & Co would like to be your reseller?",
				"Open https://portal.test/invitations/abc_DEF-1.dxyz#top\nThanks");
		assertThat(url).isEqualTo("mailto:?subject=Fabrikam%20%26%20Co%20would%20like%20to%20be%20your%20reseller%3F"
				+ "&body=Open%20https%3A%2F%2Fportal.test%2Finvitations%2Fabc_DEF-1.dxyz%23top%0D%0AThanks");
		String body = url.substring(url.indexOf("&body=") + "&body=".length());
		assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8))
			.isEqualTo("Open https://portal.test/invitations/abc_DEF-1.dxyz#top\r\nThanks");
	}

}
