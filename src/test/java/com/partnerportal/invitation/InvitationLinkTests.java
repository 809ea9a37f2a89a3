package com.partnerportal.invitation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.partnerportal.partner.Partner;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationLinkTests {

	private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	private final InvitationLink link = newLink();

	@Test
	void verifyWhenTokenAsIssuedThenTellsWhatItAsksFor() {
		assertThat(this.link.verify(this.link.token(true))).contains(true);
		assertThat(this.link.verify(this.link.token(false))).contains(false);
	}

	@Test
	void tokenWhenAskedTwiceThenSameTokenSoTheLinkIsReusable() {
		assertThat(this.link.token(true)).isEqualTo(this.link.token(true));
		assertThat(this.link.token(true)).isNotEqualTo(this.link.token(false));
	}

	@Test
	void verifyWhenAnyCharacterChangedThenRefuses() {
		for (boolean delegatedAdmin : new boolean[] { true, false }) {
			String token = this.link.token(delegatedAdmin);
			for (int i = 0; i < token.length(); i++) {
				for (char replacement : (BASE64URL + ".").toCharArray()) {
					if (replacement != token.charAt(i)) {
						String changed = token.substring(0, i) + replacement + token.substring(i + 1);
						assertThat(this.link.verify(changed)).as(changed).isEmpty();
					}
				}
			}
		}
	}

	@Test
	void verifyWhenTruncatedOrExtendedThenRefuses() {
		String token = this.link.token(false);
		assertThat(this.link.verify(token.substring(0, token.length() - 1))).isEmpty();
		assertThat(this.link.verify(token + "A")).isEmpty();
		assertThat(this.link.verify("")).isEmpty();
	}

	@Test
	void verifyWhenModeOfResellerOnlyTokenFlippedToDelegatedAdminThenRefuses() {
		String resellerOnly = this.link.token(false);
		int mode = resellerOnly.indexOf('.') + 1;
		assertThat(resellerOnly.charAt(mode)).isEqualTo('r');
		String forged = resellerOnly.substring(0, mode) + 'd' + resellerOnly.substring(mode + 1);
		assertThat(this.link.verify(forged)).isEmpty();
	}

	@Test
	void verifyWhenTokenOfAnotherLinkThenRefuses() {
		InvitationLink other = newLink();
		assertThat(other.verify(this.link.token(true))).isEmpty();
		assertThat(this.link.verify(other.token(false))).isEmpty();
	}

	@Test
	void verifyWhenSameKeyButAnotherSecretThenRefuses() {
		InvitationLink sameKey = newLink();
		ReflectionTestUtils.setField(sameKey, "linkKey", ReflectionTestUtils.getField(this.link, "linkKey"));
		assertThat(InvitationLink.keyOf(sameKey.token(true))).isEqualTo(InvitationLink.keyOf(this.link.token(true)));
		assertThat(sameKey.verify(this.link.token(true))).isEmpty();
		assertThat(sameKey.verify(this.link.token(false))).isEmpty();
	}

	@Test
	void verifyWhenRotatedThenOldTokensRefusedAndNewOnesAccepted() {
		String oldWithDelegatedAdmin = this.link.token(true);
		String oldResellerOnly = this.link.token(false);
		this.link.rotate(NOW.plusSeconds(60), 2L);
		assertThat(this.link.verify(oldWithDelegatedAdmin)).isEmpty();
		assertThat(this.link.verify(oldResellerOnly)).isEmpty();
		assertThat(this.link.verify(this.link.token(true))).contains(true);
		assertThat(this.link.getCreatedBy()).isEqualTo(2L);
	}

	@Test
	void rotateWhenDoneThenTheRetiredKeyRecognisesOnlyTheOldTokens() {
		String oldWithDelegatedAdmin = this.link.token(true);
		String oldResellerOnly = this.link.token(false);
		RetiredInvitationLink retired = this.link.rotate(NOW.plusSeconds(60), 2L);
		assertThat(retired.issued(oldWithDelegatedAdmin)).isTrue();
		assertThat(retired.issued(oldResellerOnly)).isTrue();
		assertThat(retired.issued(this.link.token(true))).isFalse();
		String flipped = oldResellerOnly.replace(".r", ".d");
		assertThat(retired.issued(flipped)).isFalse();
	}

	@Test
	void tokenWhenIssuedThenRandomKeyModeAndAtLeast128BitMacOnly() {
		for (boolean delegatedAdmin : new boolean[] { true, false }) {
			String token = this.link.token(delegatedAdmin);
			assertThat(token).matches("[A-Za-z0-9_-]{22}\\.[dr][A-Za-z0-9_-]{22,}");
			String mac = token.substring(token.indexOf('.') + 2);
			assertThat(Base64.getUrlDecoder().decode(mac)).hasSizeGreaterThanOrEqualTo(16);
			// Nothing about the partner, let alone a customer, can be read from it.
			assertThat(token).doesNotContainIgnoringCase("fabrikam");
		}
	}

	@Test
	void verifyWhenTenThousandRandomTokensThenNoneAccepted() {
		SecureRandom random = new SecureRandom();
		String key = InvitationLink.keyOf(this.link.token(true)).orElseThrow();
		for (int i = 0; i < 10_000; i++) {
			StringBuilder mac = new StringBuilder();
			for (int c = 0; c < 22; c++) {
				mac.append(BASE64URL.charAt(random.nextInt(BASE64URL.length())));
			}
			String guess = key + "." + (random.nextBoolean() ? 'd' : 'r') + mac;
			assertThat(this.link.verify(guess)).as(guess).isEmpty();
		}
	}

	@Test
	void keyOfWhenNoDotThenEmpty() {
		assertThat(InvitationLink.keyOf("nodot")).isEmpty();
		assertThat(InvitationLink.keyOf(".rabc")).isEmpty();
	}

	private static InvitationLink newLink() {
		Partner partner = new Partner("Fabrikam Cloud Partners", "ES", Region.EUROPE, Cloud.PUBLIC, true, NOW);
		return new InvitationLink(partner, NOW, 1L);
	}

}
