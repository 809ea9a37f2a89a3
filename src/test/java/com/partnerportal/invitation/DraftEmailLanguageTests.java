package com.partnerportal.invitation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;
import com.partnerportal.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft email has a language of its own, so that a partner reading the portal in
 * English can invite a Spanish or Russian customer in the customer's language, with the
 * same link.
 */
@PortalTest
@Transactional
class DraftEmailLanguageTests {

	private static final Pattern LINK = Pattern.compile("id=\"invitation-link\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	InvitationLinks links;

	@BeforeEach
	void createLink() {
		PortalUser partnerAdmin = this.demo.user("ga@fabrikam.test");
		this.links.invitationFor(partnerAdmin.partnerId(), true, partnerAdmin.actor());
	}

	@Test
	void draftWhenEmailLanguageChosenThenEmailIsInItWhileThePageStaysInEnglish() {
		String english = draft(null);
		String spanish = draft("es");

		assertThat(spanish).contains("<html lang=\"en\"")
			.contains("Draft email")
			.contains("Fabrikam Cloud Partners quiere ser su revendedor");
		assertThat(english).contains("<html lang=\"en\"").doesNotContain("quiere ser su revendedor");
		assertThat(link(spanish)).isEqualTo(link(english));
	}

	@Test
	void draftWhenEmailInRussianThenCyrillicTextAndTheMailtoLinkAreUtf8() {
		String russian = draft("ru");

		assertThat(russian).containsPattern("[\\u0400-\\u04FF]{4,}");
		// Cyrillic letters are two UTF-8 bytes each, percent-encoded in the mailto: link.
		assertThat(russian).containsPattern("data-mailto=\"mailto:\\?subject=[^\"]*%D0");
	}

	@Test
	void draftWhenEmailLanguageIsUnknownThenFallsBackToThePageLanguage() {
		assertThat(draft("xx")).contains("<html lang=\"en\"").doesNotContain("quiere ser su revendedor");
	}

	private String draft(String emailLanguage) {
		var request = this.mvc.get()
			.uri("/partner/relationship-requests/draft")
			.param("delegatedAdmin", "true")
			.header("Accept-Language", "en")
			.with(this.demo.signedIn("ga@fabrikam.test"));
		if (emailLanguage != null) {
			request = request.param("emailLanguage", emailLanguage);
		}
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String link(String page) {
		Matcher matcher = LINK.matcher(page);
		assertThat(matcher.find()).as("the page shows the invitation link").isTrue();
		return matcher.group(1);
	}

}
