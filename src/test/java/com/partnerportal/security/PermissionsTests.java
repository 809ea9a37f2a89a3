package com.partnerportal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.account.PartnerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What pages show follows the roles' rules, and no template decides it by a role of its
 * own: a role expression or a role's name in a template would be a second home for a rule
 * that belongs to {@link PartnerRole} and {@link CustomerRole}.
 */
class PermissionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Security dialect attributes, of which only the signed-in check is allowed. */
	private static final Pattern SEC_AUTHORIZE = Pattern.compile("sec:authorize(?:-[a-z]+)?=\"([^\"]*)\"");

	private static final Pattern ROLE_EXPRESSION = Pattern
		.compile("hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|ROLE_|#authorization|sec:authentication");

	@Test
	void ofWhenEachPartnerRoleThenItsPagesAndTheButtonsItsRulesAllow() {
		for (PartnerRole role : PartnerRole.values()) {
			Permissions permissions = Permissions.of(user(AccountRole.partner(role)));

			assertThat(permissions).as(role.name())
				.isEqualTo(new Permissions(true, false, false, role.managesRelationships(),
						role.replacesInvitationLink(), role.managesUsers()));
		}
		assertThat(Permissions.of(user(AccountRole.partner(PartnerRole.ADMIN_AGENT))).managesRelationships()).isTrue();
		assertThat(Permissions.of(user(AccountRole.partner(PartnerRole.ADMIN_AGENT))).managesUsers()).isFalse();
	}

	@Test
	void ofWhenCustomerPlatformAdminOrNobodyThenOnlyTheirPagesAndNoPartnerButton() {
		for (CustomerRole role : CustomerRole.values()) {
			assertThat(Permissions.of(user(AccountRole.customer(role)))).as(role.name())
				.isEqualTo(new Permissions(false, true, false, false, false, false));
		}
		assertThat(Permissions.of(user(AccountRole.platformAdmin())))
			.isEqualTo(new Permissions(false, false, true, false, false, false));
		assertThat(Permissions.of(null)).isEqualTo(Permissions.NONE);
	}

	@Test
	void templatesWhenReadThenNoRoleExpressionAndNoRoleName() throws IOException {
		List<String> roleNames = new ArrayList<>();
		Arrays.stream(PartnerRole.values()).map(Enum::name).forEach(roleNames::add);
		Arrays.stream(CustomerRole.values()).map(Enum::name).forEach(roleNames::add);
		Pattern roleName = Pattern.compile("\\b(" + String.join("|", roleNames) + "|PLATFORM_ADMIN)\\b");
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
			assertThat(templates).isNotEmpty();
			for (Path template : templates) {
				String html = Files.readString(template);
				assertThat(ROLE_EXPRESSION.matcher(html).find()).as(template + " uses a role expression").isFalse();
				assertThat(roleName.matcher(html).find()).as(template + " names a role").isFalse();
				Matcher authorize = SEC_AUTHORIZE.matcher(html);
				while (authorize.find()) {
					assertThat(authorize.group(1)).as(template + " decides by sec:authorize")
						.isIn("isAuthenticated()", "isAnonymous()", "!isAuthenticated()");
				}
			}
		}
	}

	private static PortalUser user(AccountRole role) {
		Long organisation = role.isPlatformAdmin() ? null : 7L;
		return new PortalUser(1L, "someone@example.test", "Someone", organisation, "Example", role, true, null, null);
	}

}
