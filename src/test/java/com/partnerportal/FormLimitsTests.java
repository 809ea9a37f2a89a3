package com.partnerportal;

import java.lang.reflect.RecordComponent;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The longest text each form accepts is the length of the column it is stored in: a
 * longer limit would let a value through validation and fail in the database (a 500); a
 * shorter one would refuse what the database holds. Each form field that is stored is
 * listed with its column.
 */
@PortalJpaTest
class FormLimitsTests {

	/** Form class, field, and the table and column the field is stored in. */
	private static final Map<String, String> STORED_IN = Map.ofEntries(
			Map.entry("com.partnerportal.admin.web.PartnerForm.name", "partner.name"),
			Map.entry("com.partnerportal.admin.web.PartnerForm.country", "partner.country"),
			Map.entry("com.partnerportal.admin.web.PartnerForm.adminName", "user_account.display_name"),
			Map.entry("com.partnerportal.admin.web.PartnerForm.adminEmail", "user_account.email"),
			Map.entry("com.partnerportal.partner.web.PartnerUserForm.name", "user_account.display_name"),
			Map.entry("com.partnerportal.partner.web.PartnerUserForm.email", "user_account.email"),
			Map.entry("com.partnerportal.invitation.web.RegistrationForm.companyName", "customer.company_name"),
			Map.entry("com.partnerportal.invitation.web.RegistrationForm.domain", "customer.domain"),
			Map.entry("com.partnerportal.invitation.web.RegistrationForm.country", "customer.country"),
			Map.entry("com.partnerportal.invitation.web.RegistrationForm.adminName", "user_account.display_name"),
			Map.entry("com.partnerportal.invitation.web.RegistrationForm.email", "user_account.email"),
			Map.entry("com.partnerportal.preferences.web.PreferencesForm.language", "user_account.locale"),
			Map.entry("com.partnerportal.preferences.web.PreferencesForm.timeZone", "user_account.time_zone"));

	@Autowired
	JdbcClient jdbc;

	@Test
	void formFieldsWhenStoredThenLimitedToTheirColumnLength() throws ClassNotFoundException {
		for (Map.Entry<String, String> field : STORED_IN.entrySet()) {
			String form = field.getKey().substring(0, field.getKey().lastIndexOf('.'));
			String name = field.getKey().substring(form.length() + 1);
			String[] column = field.getValue().split("\\.");
			int length = this.jdbc
				.sql("select character_maximum_length from information_schema.columns"
						+ " where lower(table_name) = ? and lower(column_name) = ?")
				.param(column[0])
				.param(column[1])
				.query(Integer.class)
				.single();

			assertThat(sizeLimit(Class.forName(form), name)).as("@Size(max) of %s", field.getKey()).isEqualTo(length);
		}
	}

	private static int sizeLimit(Class<?> form, String name) {
		for (RecordComponent component : form.getRecordComponents()) {
			if (component.getName().equals(name)) {
				Size size = component.getAccessor().getAnnotation(Size.class);
				if (size == null) {
					size = component.getAnnotation(Size.class);
				}
				assertThat(size).as("@Size on %s.%s", form.getSimpleName(), name).isNotNull();
				return size.max();
			}
		}
		throw new IllegalArgumentException(form + " has no field " + name);
	}

}
