package com.partnerportal.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalHttpClient;
import com.partnerportal.PortalHttpClient.Page;
import com.partnerportal.PortalTest;
import com.partnerportal.SmtpTestServer;
import com.partnerportal.RegistrationMail;
import com.partnerportal.subscription.Subscription;
import com.partnerportal.subscription.internal.SubscriptionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who is told what, end to end over real HTTP: a person signed in through the sign-in
 * form does what a page offers, and after the commit the people concerned find a
 * notification in the portal, in their own language, and a mail in GreenMail unless they
 * turned that kind off on Settings; others are told nothing.
 */
// A context of its own: the mail settings below point it at the GreenMail server.
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotificationFlowTests {

	private static final String PASSWORD = "demo-password";

	private static final String PUBLIC_URL = "https://portal.example.test";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final int SMTP_PORT = SmtpTestServer.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = SmtpTestServer.extension(SMTP_PORT);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoAccounts demo;

	@Autowired
	Notifications notifications;

	@Autowired
	SubscriptionRepository subscriptions;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		SmtpTestServer.pointAt(properties, SMTP_PORT);
		properties.add("portal.public-url", () -> PUBLIC_URL);
	}

	@Test
	void userChangesWhenTheGlobalAdminAddsChangesAndDisablesAUserThenTheUserAndTheGlobalAdminsAreTold()
			throws MessagingException {
		language("ga@lamna.test", "it", "Europe/Rome");
		PortalHttpClient katrin = signedIn("ga@lamna.test", "de");
		katrin.get("/partner/users/new");
		Page added = katrin.post("/partner/users",
				Map.of("name", "Nora Neu", "email", "nora@lamna.test", "role", "SALES_AGENT", "password",
						"a long enough passphrase", "passwordConfirmation", "a long enough passphrase"));
		assertThat(added.status()).as(added.body()).isEqualTo(302);

		MimeMessage toAdmin = awaitMail("ga@lamna.test", "È stato aggiunto un utente alla tua organizzazione");
		assertThat(body(toAdmin)).contains("ha aggiunto nora@lamna.test a Lamna Cloud GmbH come Agente di vendita")
			.contains(PUBLIC_URL + "/partner/users");
		assertThat(toAdmin.getHeader("Content-Language")).containsExactly("it");
		MimeMessage toUser = awaitMail("nora@lamna.test", "A user was added to your organisation");
		assertThat(body(toUser)).contains("added nora@lamna.test to Lamna Cloud GmbH as Sales agent")
			.as("no secret: not the password chosen for the user")
			.doesNotContain("a long enough passphrase");
		assertThat(notificationCount("agent@lamna.test", NotificationKind.USER_ADDED))
			.as("an Admin agent manages no users")
			.isZero();
		assertThat(notificationCount("ga@northwind.test", NotificationKind.USER_ADDED)).as("another partner").isZero();

		Long nora = accountId("nora@lamna.test");
		katrin.get("/partner/users");
		katrin.post("/partner/users/" + nora + "/role", Map.of("role", "HELPDESK_AGENT"));
		assertThat(body(awaitMail("ga@lamna.test", "È cambiato il ruolo di un utente della tua organizzazione")))
			.contains("da Agente di vendita a Agente helpdesk");

		katrin.get("/partner/users/" + nora + "/disable");
		katrin.post("/partner/users/" + nora + "/disable", Map.of());
		assertThat(body(awaitMail("nora@lamna.test", "A user of your organisation was disabled")))
			.contains("disabled the account nora@lamna.test at Lamna Cloud GmbH");

		// The admin reads them in the portal in its language, newest first, and the bell
		// counts them.
		Page list = katrin.get("/notifications");
		assertThat(list.body()).contains("ha disattivato l&#39;account nora@lamna.test")
			.contains("class=\"bell-count\"");
		assertThat(list.body().indexOf("ha disattivato")).isLessThan(list.body().indexOf("ha aggiunto"));
	}

	@Test
	void linkRotationWhenTheGlobalAdminReplacesTheLinkThenTheGlobalAdminsAreToldWhoAndWhen() {
		language("ga@northwind.test", "en", "UTC");
		PortalHttpClient giulia = signedIn("ga@northwind.test", "en");
		// The link is made when the partner first asks for a relationship.
		RegistrationMail.invitationFromTheDraftEmail(giulia);
		Page confirm = giulia.get("/partner/relationship-requests/link/rotate");
		String version = confirm.find("name=\"version\"\\s+value=\"(\\d+)\"");
		assertThat(giulia.post("/partner/relationship-requests/link/rotate", Map.of("version", version)).status())
			.isEqualTo(302);

		assertThat(body(awaitMail("ga@northwind.test", "Your invitation link was replaced")))
			.contains("Giulia Bianchi replaced the invitation link of Northwind Advisors on")
			.as("no secret: not the new link, which is only shown signed in")
			.doesNotContain("/invitations/");
		assertThat(notificationCount("ga@fabrikam.test", NotificationKind.INVITATION_LINK_ROTATED)).isZero();
		assertThat(notificationCount("agent@lamna.test", NotificationKind.INVITATION_LINK_ROTATED)).isZero();
	}

	@Test
	void invitationAnswersWhenACustomerAcceptsOrDeclinesThenThePartnersRelationshipManagersAreTold() {
		language("ga@lamna.test", "en", "UTC");
		PortalHttpClient partner = signedIn("ga@lamna.test", "en");
		String invitation = RegistrationMail.invitationFromTheDraftEmail(partner);
		PortalHttpClient accepting = new PortalHttpClient(base(), "en");
		RegistrationMail.registerAndConfirm(accepting, invitation, RegistrationMail.registrationForm("Notify Accept",
				"notify-accept.test", "Alba Acepta", "alba@notify-accept.test", "a long enough passphrase"), this.jdbc);
		accepting.get(invitation + "/accept");
		Page accepted = accepting.post(invitation + "/accept", Map.of("agreementAccepted", "true"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);

		assertThat(body(awaitMail("agent@lamna.test", "A customer accepted your invitation")))
			.contains("Notify Accept accepted the invitation from Lamna Cloud GmbH");
		awaitMail("ga@lamna.test", "A customer accepted your invitation");

		PortalHttpClient declining = new PortalHttpClient(base(), "en");
		RegistrationMail.registerAndConfirm(declining, invitation, RegistrationMail.registrationForm("Notify Decline",
				"notify-decline.test", "Dora Declina", "dora@notify-decline.test", "a long enough passphrase"),
				this.jdbc);
		declining.get(invitation + "/accept");
		assertThat(declining.post(invitation + "/decline", Map.of()).status()).isEqualTo(302);
		assertThat(body(awaitMail("agent@lamna.test", "A customer declined your invitation")))
			.contains("Notify Decline declined the invitation from Lamna Cloud GmbH");
		assertThat(notificationCount("ga@fabrikam.test", NotificationKind.INVITATION_ACCEPTED)).isZero();
		assertThat(notificationCount("ga@fabrikam.test", NotificationKind.INVITATION_DECLINED)).isZero();
	}

	@Test
	void relationshipRowsWhenDelegatedAdminIsRemovedAndTheRelationshipEndsThenEachSideIsTold() {
		language("ga@lamna.test", "en", "UTC");
		language("agent@lamna.test", "en", "UTC");
		String invitation = RegistrationMail.invitationFromTheDraftEmail(signedIn("ga@lamna.test", "en"));
		PortalHttpClient customer = new PortalHttpClient(base(), "pt-BR");
		RegistrationMail.registerAndConfirm(customer, invitation, RegistrationMail.registrationForm("Notify Moves",
				"notify-moves.test", "Rita Muda", "rita@notify-moves.test", "a long enough passphrase"), this.jdbc);
		customer.get(invitation + "/accept");
		assertThat(customer.post(invitation + "/accept", Map.of("agreementAccepted", "true")).status()).isEqualTo(302);
		language("rita@notify-moves.test", "pt-BR", "America/Sao_Paulo");
		Long lamna = this.demo.partnerId("Lamna Cloud GmbH");
		Long customerId = this.demo.customerId("notify-moves.test");

		// The customer removes Lamna's delegated admin for one service.
		String office = String.valueOf(this.demo.serviceId("OFFICE_365"));
		customer.get("/customer/partner-relationships/delegated-admin/remove?partner=" + lamna + "&service=" + office);
		assertThat(customer
			.post("/customer/partner-relationships/delegated-admin/remove",
					Map.of("partner", String.valueOf(lamna), "service", office))
			.status()).isEqualTo(302);
		assertThat(body(awaitMail("agent@lamna.test", "A customer removed your delegated admin")))
			.contains("Notify Moves removed the delegated admin of Lamna Cloud GmbH for");

		// Lamna ends its relationship: the customer's Global admin is told, in
		// Portuguese.
		PortalHttpClient katrin = signedIn("ga@lamna.test", "en");
		katrin.get("/partner/customers/" + customerId + "/relationship/remove");
		assertThat(katrin.post("/partner/customers/" + customerId + "/relationship/remove", Map.of()).status())
			.isEqualTo(302);
		assertThat(body(awaitMail("rita@notify-moves.test", "Um parceiro encerrou a relação de revenda com você")))
			.contains("Lamna Cloud GmbH encerrou sua relação de revenda com Notify Moves");
		assertThat(customer.get("/notifications").body())
			.contains("Lamna Cloud GmbH encerrou sua relação de revenda com Notify Moves");
	}

	@Test
	void delegatedAdminMoveWhenTheCustomerMovesItToAnotherCspPartnerThenThePartnerThatLostItIsTold() {
		language("ga@fabrikam.test", "es", "Europe/Madrid");
		language("agent@fabrikam.test", "en", "UTC");
		PortalHttpClient iris = newCspPartner("Notify Iberia", "Iris Iberia", "ga@notify-iberia.test");
		String invitation = RegistrationMail.invitationFromTheDraftEmail(signedIn("ga@fabrikam.test", "es"));
		PortalHttpClient customer = acceptedCustomer(invitation, "Notify Switch", "notify-switch.test", "Sara Switch",
				"sara@notify-switch.test");

		String other = RegistrationMail.invitationFromTheDraftEmail(iris);
		Page accept = customer.get(other + "/accept");
		String directory = String.valueOf(this.demo.serviceId("AZURE_AD"));
		Page moved = customer.post(other + "/accept", Map.of("agreementAccepted", "true", "choices[" + directory + "]",
				"MOVE", "conflicts", accept.find("name=\"conflicts\" value=\"([^\"]*)\"")));
		assertThat(moved.status()).as(moved.body()).isEqualTo(302);

		assertThat(body(awaitMail("ga@fabrikam.test", "Un cliente trasladó la administración delegada a otro partner")))
			.contains("de Fabrikam Cloud Partners a Notify Iberia");
		awaitMail("agent@fabrikam.test", "A customer moved delegated admin to another partner");
		awaitMail("ga@notify-iberia.test", "A customer accepted your invitation");
		assertThat(notificationCount("ga@notify-iberia.test", NotificationKind.DELEGATED_ADMIN_MOVED))
			.as("the partner taking over is told by the acceptance")
			.isZero();
	}

	@Test
	void supportContactWhenThePartnerOfRecordDesignatesAnotherThenTheCustomerAndBothPartnersAreTold() {
		language("admin@alpine-media.test", "it", "Europe/Rome");
		language("ga@fabrikam.test", "en", "UTC");
		language("ga@northwind.test", "en", "UTC");
		language("agent@fabrikam.test", "en", "UTC");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long northwind = this.demo.partnerId(DemoAccounts.NORTHWIND);
		Long alpine = this.demo.customerId("alpine-media.test");
		Long subscription = this.jdbc
			.sql("select id from subscription where customer_id = ? and offer_name = 'Office 365 E3'")
			.param(alpine)
			.query(Long.class)
			.single();
		String path = "/partner/customers/" + alpine + "/subscriptions/" + subscription;
		PortalHttpClient ana = signedIn("ga@fabrikam.test", "en");
		try {
			choosePartner(ana, path + "/support-contact", northwind);
			assertThat(body(awaitMail("admin@alpine-media.test", "Un abbonamento ha un nuovo contatto di supporto")))
				.contains("Office 365 E3", "Northwind Advisors");
			awaitMail("ga@northwind.test", "A subscription has a new support contact");
			awaitMail("agent@fabrikam.test", "A subscription has a new support contact");
			assertThat(notificationCount("ga@lamna.test", NotificationKind.SUPPORT_CONTACT_CHANGED)).isZero();
		}
		finally {
			// The demo data as it was: Fabrikam the support contact.
			if (!fabrikam.equals(this.jdbc.sql("select support_contact_partner_id from subscription where id = ?")
				.param(subscription)
				.query(Long.class)
				.single())) {
				choosePartner(signedIn("ga@fabrikam.test", "en"), path + "/support-contact", fabrikam);
			}
		}
	}

	@Test
	void partnerOfRecordWhenTheCustomerMovesASubscriptionToItsOtherCspPartnerThenTheCustomerAndBothPartnersAreTold() {
		language("ga@fabrikam.test", "en", "UTC");
		language("agent@fabrikam.test", "es", "Europe/Madrid");
		// A second CSP partner in the customer's territory, made as the platform admin
		// makes one; the demo data has none for the same customer.
		PortalHttpClient rosa = newCspPartner("Record Iberia", "Rosa Registro", "ga@record-iberia.test");
		language("ga@record-iberia.test", "pt-BR", "America/Sao_Paulo");

		// A new customer accepts Fabrikam's invitation, then Record Iberia's, keeping
		// delegated admin where it is.
		String fabrikamInvitation = RegistrationMail.invitationFromTheDraftEmail(signedIn("ga@fabrikam.test", "en"));
		PortalHttpClient customer = acceptedCustomer(fabrikamInvitation, "Notify Record", "notify-record.test",
				"Olga Record", "olga@notify-record.test");
		String iberiaInvitation = RegistrationMail.invitationFromTheDraftEmail(rosa);
		Page accept = customer.get(iberiaInvitation + "/accept");
		Page accepted = customer.post(iberiaInvitation + "/accept",
				Map.of("agreementAccepted", "true", "conflicts", accept.find("name=\"conflicts\" value=\"([^\"]*)\"")));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
		language("olga@notify-record.test", "ru", "Europe/Moscow");

		// Fabrikam sold it a subscription (no page creates one: they come from
		// Microsoft).
		Long customerId = this.demo.customerId("notify-record.test");
		Long fabrikam = this.demo.partnerId(DemoAccounts.FABRIKAM);
		Long iberia = this.demo.partnerId("Record Iberia");
		Subscription sold = this.subscriptions.save(new Subscription(customerId, this.demo.serviceId("OFFICE_365"),
				"Office 365 E3", 12, fabrikam, java.time.Instant.now()));

		// Fabrikam's Global admin hands it over, confirming on the page the form leads
		// to.
		PortalHttpClient ana = signedIn("ga@fabrikam.test", "en");
		String path = "/partner/customers/" + customerId + "/subscriptions/" + sold.getId() + "/partner-of-record";
		String version = ana.get(path).find("name=\"version\"[^>]*value=\"(\\d+)\"");
		Page confirmation = ana.post(path, Map.of("partner", String.valueOf(iberia), "version", version));
		assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(200);
		assertThat(confirmation.body()).contains("Make Record Iberia the partner of record of Office 365 E3?");
		Page changed = ana.post(path, Map.of("partner", String.valueOf(iberia), "version",
				confirmation.find("name=\"version\"[^>]*value=\"(\\d+)\""), "confirmed", "true"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(302);

		// Each in the recipient's language: subject, then the change as the mail tells
		// it.
		Map<String, List<String>> expected = Map.of("olga@notify-record.test",
				List.of("У подписки новый партнёр записи",
						"Партнёр записи для Office 365 E3 клиента Notify Record сменился с Fabrikam Cloud Partners на"
								+ " Record Iberia"),
				"ga@fabrikam.test",
				List.of("A subscription has a new partner of record",
						"The partner of record of Office 365 E3 for Notify Record changed from Fabrikam Cloud"
								+ " Partners to Record Iberia"),
				"agent@fabrikam.test",
				List.of("Una suscripción tiene un nuevo partner registrado",
						"El partner registrado de Office 365 E3 de Notify Record pasó de Fabrikam Cloud Partners a"
								+ " Record Iberia"),
				"ga@record-iberia.test",
				List.of("Uma assinatura tem um novo parceiro registrado",
						"O parceiro registrado de Office 365 E3 de Notify Record mudou de Fabrikam Cloud Partners"
								+ " para Record Iberia"));
		expected.forEach((recipient, mail) -> assertThat(body(awaitMail(recipient, mail.get(0)))).as(recipient)
			.contains(mail.get(1)));
		assertThat(customer.get("/notifications").body()).contains("Партнёр записи для Office 365 E3");
		assertThat(this.jdbc
			.sql("select u.email from notification n join user_account u on u.id = n.recipient_id"
					+ " where n.kind = 'PARTNER_OF_RECORD_CHANGED' and n.customer_name = 'Notify Record'")
			.query(String.class)
			.list())
			.as("the customer's Global admin and both partners' Global admins and Admin agents, nobody else:"
					+ " not Fabrikam's Sales or Helpdesk agents, not other partners")
			.containsExactlyInAnyOrder("olga@notify-record.test", "ga@fabrikam.test", "agent@fabrikam.test",
					"ga@record-iberia.test");
		assertThat(mailsTo("sales@fabrikam.test").stream().map(NotificationFlowTests::subject))
			.doesNotContain("A subscription has a new partner of record");
	}

	/**
	 * Creates a partner in the CSP programme, in Spain, as the platform admin does.
	 * @return its first Global admin, signed in
	 */
	private PortalHttpClient newCspPartner(String name, String adminName, String adminEmail) {
		PortalHttpClient platform = signedIn(DemoAccounts.PLATFORM_ADMIN, "en");
		platform.get("/admin/partners/new");
		Page created = platform.post("/admin/partners",
				Map.of("name", name, "country", "ES", "region", "EUROPE", "cloud", "PUBLIC", "cspMember", "true",
						"adminName", adminName, "adminEmail", adminEmail, "password", "a long enough passphrase",
						"passwordConfirmation", "a long enough passphrase"));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		return new PortalHttpClient(base(), "en").signIn(adminEmail, "a long enough passphrase");
	}

	/**
	 * A new organisation registers through the invitation and accepts it.
	 * @return its first Global admin, signed in
	 */
	private PortalHttpClient acceptedCustomer(String invitation, String company, String domain, String adminName,
			String email) {
		PortalHttpClient customer = new PortalHttpClient(base(), "en");
		RegistrationMail.registerAndConfirm(customer, invitation,
				RegistrationMail.registrationForm(company, domain, adminName, email, "a long enough passphrase"),
				this.jdbc);
		customer.get(invitation + "/accept");
		Page accepted = customer.post(invitation + "/accept", Map.of("agreementAccepted", "true"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
		return customer;
	}

	private void choosePartner(PortalHttpClient client, String page, Long partner) {
		String version = client.get(page).find("name=\"version\"[^>]*value=\"(\\d+)\"");
		Page answer = client.post(page, Map.of("partner", String.valueOf(partner), "version", version));
		assertThat(answer.status()).as(answer.body()).isEqualTo(302);
	}

	@Test
	void settingsWhenAPersonTurnsAKindOffThenItStillAppearsInThePortalButNoMailComes() {
		language("ga@lamna.test", "en", "UTC");
		PortalHttpClient felix = signedIn("agent@lamna.test", "en");
		felix.get("/account/preferences");
		List<String> allButDeclined = Arrays.stream(NotificationKind.values())
			.filter((kind) -> kind != NotificationKind.INVITATION_DECLINED)
			.map(Enum::name)
			.toList();
		Page saved = felix.post("/account/preferences/notifications",
				String.join("&", allButDeclined.stream().map((kind) -> "mailed=" + kind).toList()).getBytes());
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(felix.get("/account/preferences").body())
			.contains("id=\"mail-INVITATION_ACCEPTED\" value=\"INVITATION_ACCEPTED\" checked")
			.doesNotContain("id=\"mail-INVITATION_DECLINED\" value=\"INVITATION_DECLINED\" checked");
		try {
			PortalHttpClient partner = signedIn("ga@lamna.test", "en");
			String invitation = RegistrationMail.invitationFromTheDraftEmail(partner);
			PortalHttpClient declining = new PortalHttpClient(base(), "en");
			RegistrationMail.registerAndConfirm(declining, invitation,
					RegistrationMail.registrationForm("Quiet Decline", "quiet-decline.test", "Quim Quieto",
							"quim@quiet-decline.test", "a long enough passphrase"),
					this.jdbc);
			declining.get(invitation + "/accept");
			declining.post(invitation + "/decline", Map.of());

			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(felix.get("/notifications").body())
					.contains("Quiet Decline declined the invitation from Lamna Cloud GmbH"));
			// The mails are queued in the transaction that wrote the notifications.
			assertThat(queuedMailsAbout("ga@lamna.test", "Quiet Decline")).isOne();
			assertThat(queuedMailsAbout("agent@lamna.test", "Quiet Decline")).isZero();
			assertThat(body(awaitMail("ga@lamna.test", "A customer declined your invitation"))).isNotEmpty();
		}
		finally {
			this.jdbc.sql("delete from notification_mail_opt_out").update();
		}
	}

	@Test
	void openWhenTheNotificationIsAnotherPersonsThenNotFoundAndItStaysUnread() {
		PortalHttpClient giulia = signedIn("ga@northwind.test", "en");
		Long theirs = someNotificationOf("ga@lamna.test");
		giulia.get("/notifications");

		assertThat(giulia.post("/notifications/" + theirs + "/open", Map.of()).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select read_at is null from notification where id = ?")
			.param(theirs)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void openWhenTheNotificationIsOwnThenItIsMarkedReadAndTheLinkFollowed() {
		PortalHttpClient katrin = signedIn("ga@lamna.test", "en");
		Long own = someNotificationOf("ga@lamna.test");
		katrin.get("/notifications");

		Page opened = katrin.post("/notifications/" + own + "/open", Map.of());

		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/partner/relationship-requests/link/rotate");
		assertThat(this.jdbc.sql("select read_at is not null from notification where id = ?")
			.param(own)
			.query(Boolean.class)
			.single()).isTrue();
		katrin.get("/notifications");
		assertThat(katrin.post("/notifications/read", Map.of()).status()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(accountId("ga@lamna.test"))
			.query(Long.class)
			.single()).isZero();
		assertThat(katrin.get("/notifications").body()).doesNotContain("class=\"bell-count\"");
	}

	private Long someNotificationOf(String email) {
		this.jdbc
			.sql("insert into notification (event_key, recipient_id, kind, partner_name, actor_name, link,"
					+ " occurred_at, created_at) values (?, ?, 'INVITATION_LINK_ROTATED', 'Lamna Cloud GmbH', 'Katrin',"
					+ " '/partner/relationship-requests/link/rotate', current_timestamp, current_timestamp)")
			.params(java.util.UUID.randomUUID().toString(), accountId(email))
			.update();
		return this.jdbc.sql("select max(id) from notification where recipient_id = ?")
			.param(accountId(email))
			.query(Long.class)
			.single();
	}

	private PortalHttpClient signedIn(String email, String language) {
		return new PortalHttpClient(base(), language).signIn(email, PASSWORD);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private void language(String email, String language, String timeZone) {
		this.jdbc.sql("update user_account set locale = ?, time_zone = ? where email = ?")
			.params(language, timeZone, email)
			.update();
	}

	private Long accountId(String email) {
		return this.jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
	}

	private long notificationCount(String email, NotificationKind kind) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = ? and kind = ?")
			.params(accountId(email), kind.name())
			.query(Long.class)
			.single();
	}

	private long queuedMailsAbout(String recipient, String text) {
		return this.jdbc.sql("select count(*) from outgoing_mail where recipient = ? and text_body like ?")
			.params(recipient, "%" + text + "%")
			.query(Long.class)
			.single();
	}

	private MimeMessage awaitMail(String recipient, String subject) {
		return await().atMost(PATIENCE)
			.until(() -> mailsTo(recipient).stream().filter((mail) -> subject(mail).equals(subject)).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	private static List<MimeMessage> mailsTo(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equals(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return both parts, plain text and HTML, as they arrived
	 */
	private static String body(MimeMessage mail) {
		try {
			return parts(mail.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String parts(Object content) throws IOException, MessagingException {
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(parts(multipart.getBodyPart(i).getContent())).append('\n');
			}
			return text.toString();
		}
		return String.valueOf(content);
	}

}
