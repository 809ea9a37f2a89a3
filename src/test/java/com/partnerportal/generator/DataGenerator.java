package com.partnerportal.generator;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.customer.CustomerAgreementProperties;
import com.partnerportal.customer.NameWord;
import com.partnerportal.customer.NameWords;
import com.partnerportal.generator.CustomerPlan.PlannedGrant;
import com.partnerportal.generator.CustomerPlan.PlannedRelationship;
import com.partnerportal.generator.SampleOrganisations.SamplePartner;
import com.partnerportal.invitation.InvitationLinks;

/**
 * Writes the large data set: one partner with many customers, twenty other partners,
 * delegated admin, subscriptions and a long activity log, with accounts to sign in with.
 * Rows go straight through JDBC (COPY on PostgreSQL), as the entities would take minutes
 * for what this does in seconds; the schema's keys and checks still guard every row.
 * <p>
 * It adds to whatever the database holds, numbering its rows after the existing ones, but
 * refuses to run twice on the same database.
 */
public class DataGenerator {

	static final List<SampleService> SERVICES = List.of(
			new SampleService("INTUNE", "Microsoft Intune", true, 50, List.of("Microsoft Intune Plan 1")),
			new SampleService("WINDOWS_365", "Windows 365", false, 60,
					List.of("Windows 365 Business", "Windows 365 Enterprise")),
			new SampleService("POWER_BI", "Power BI", false, 70, List.of("Power BI Pro", "Power BI Premium Per User")),
			new SampleService("DEFENDER", "Microsoft Defender for Endpoint", false, 80,
					List.of("Defender for Endpoint P1", "Defender for Endpoint P2")),
			new SampleService("COPILOT", "Microsoft 365 Copilot", false, 90, List.of("Microsoft 365 Copilot")),
			new SampleService("PROJECT", "Project Online", false, 100, List.of("Project Plan 3", "Project Plan 5")));

	/** The services a customer's second subscription is for, one after the other. */
	private static final List<String> SECOND_SUBSCRIPTIONS = List.of("AZURE", "AZURE_AD", "DYNAMICS_365", "INTUNE",
			"WINDOWS_365", "POWER_BI", "DEFENDER", "COPILOT", "PROJECT");

	private static final List<String> PARTNER_ROLES = List.of("GLOBAL_ADMIN", "ADMIN_AGENT", "SALES_AGENT",
			"HELPDESK_AGENT");

	/**
	 * The deep page the benchmark measures, as the Customers page numbers its pages, and
	 * the Customers page's page size.
	 */
	static final int DEEP_PAGE = 2_000;

	static final int LIST_PAGE_SIZE = 20;

	/** H2's error code for a database that is closed, or closing. */
	private static final int H2_DATABASE_CLOSED = 90121;

	private static final String PLATFORM_ADMIN_EMAIL = "admin@platform.example";

	private final DataSource dataSource;

	private final InvitationLinks invitationLinks;

	private final PasswordEncoder passwordEncoder;

	private final CustomerAgreementProperties agreement;

	private final Clock clock;

	private final Catalogue catalogue;

	DataGenerator(DataSource dataSource, InvitationLinks invitationLinks, PasswordEncoder passwordEncoder,
			CustomerAgreementProperties agreement, Clock clock, Catalogue catalogue) {
		this.dataSource = dataSource;
		this.invitationLinks = invitationLinks;
		this.passwordEncoder = passwordEncoder;
		this.agreement = agreement;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	/**
	 * @param size how much to generate
	 * @return the accounts and links the benchmark signs in with and uses
	 * @throws IllegalStateException if the database holds generated data already
	 */
	public GeneratedData generate(DataSetSize size) {
		Progress progress = new Progress();
		progress.note(String.format("Generating %,d customers, %,d waiting to accept, %,d activity-log entries",
				size.customers(), size.pendingCustomers(), size.activityEntries()));
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Run run = new Run(connection, size, progress);
			GeneratedData data = run.write();
			// The portal holds the catalogue it read at start; the services added here
			// are read again, so that this process's pages show them.
			this.catalogue.reload();
			progress.note("Creating the partners' invitation links");
			GeneratedData withLinks = data.withAcceptances(acceptances(data, size));
			progress.note(String.format("Generated in %.1f s", progress.elapsed().toMillis() / 1000.0));
			return withLinks;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Generating the data set failed", ex);
		}
	}

	/**
	 * Closes an H2 database with a compaction, after which it cannot be used any more. A
	 * bulk load leaves H2's file many times the size of its content (7.0 GB for 100,000
	 * customers, 330 MB compacted, in 11 s), and a portal started on it would read its
	 * pages scattered over all of it, as no database that grew in use is. PostgreSQL
	 * needs nothing: it writes its tables in place.
	 */
	public void closeCompacted() {
		boolean closing = false;
		try (Connection connection = this.dataSource.getConnection()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			closing = true;
			try (Statement statement = connection.createStatement()) {
				statement.execute("shutdown compact");
			}
		}
		catch (SQLException ex) {
			// H2 closes the database before the statement has its answer, and the pool
			// then finds the connection closed.
			if (!closing || ex.getErrorCode() != H2_DATABASE_CLOSED) {
				throw new IllegalStateException("Compacting the database failed", ex);
			}
		}
	}

	/**
	 * Pairs every waiting customer with every partner's invitation, the customers varying
	 * fastest, so that requests sent one after the other come from different customers.
	 */
	private List<GeneratedData.Acceptance> acceptances(GeneratedData data, DataSetSize size) {
		List<String> tokens = new ArrayList<>();
		for (int partner = 0; partner < SampleOrganisations.PARTNERS.size(); partner++) {
			SamplePartner sample = SampleOrganisations.PARTNERS.get(partner);
			Actor actor = new Actor(data.partnerAdminIds().get(partner), partnerUserName(partner, "GLOBAL_ADMIN"),
					sample.name());
			tokens.add(this.invitationLinks.invitationFor(data.partnerIds().get(partner), true, actor).token());
		}
		List<GeneratedData.Acceptance> acceptances = new ArrayList<>();
		for (String token : tokens) {
			for (int pending = 0; pending < size.pendingCustomers(); pending++) {
				int index = size.customers() + pending;
				acceptances.add(new GeneratedData.Acceptance(customerAdminEmail(index), token));
			}
		}
		return acceptances;
	}

	static String customerAdminEmail(int index) {
		return "admin@" + SampleOrganisations.domain(index);
	}

	static String partnerUserName(int partner, String role) {
		return SampleOrganisations.personName(partner * 7L + PARTNER_ROLES.indexOf(role));
	}

	static String partnerUserEmail(int partner, String role) {
		String user = switch (role) {
			case "GLOBAL_ADMIN" -> "ga";
			case "ADMIN_AGENT" -> "agent";
			case "SALES_AGENT" -> "sales";
			default -> "helpdesk";
		};
		return user + "@" + SampleOrganisations.partnerDomain(partner);
	}

	/**
	 * One generation: the numbering of the rows and the passes over the customers.
	 */
	private final class Run {

		private final Connection connection;

		private final DataSetSize size;

		private final Progress progress;

		private final OffsetDateTime now;

		private final String passwordHash;

		private final int total;

		private long partnerBase;

		private long customerBase;

		private long userBase;

		private long relationshipBase;

		/**
		 * Customer users: the Global admin of customer {@code i} is
		 * {@code customerUserBase + i}.
		 */
		private long customerUserBase;

		private final Map<String, Long> serviceIds = new LinkedHashMap<>();

		private final Map<String, String> serviceNames = new LinkedHashMap<>();

		private final Map<String, List<OfferRange>> offers = new LinkedHashMap<>();

		Run(Connection connection, DataSetSize size, Progress progress) {
			this.connection = connection;
			this.size = size;
			this.progress = progress;
			this.now = OffsetDateTime.ofInstant(DataGenerator.this.clock.instant().truncatedTo(ChronoUnit.SECONDS),
					ZoneOffset.UTC);
			this.passwordHash = DataGenerator.this.passwordEncoder.encode(size.password());
			this.total = size.customers() + size.pendingCustomers();
		}

		GeneratedData write() throws SQLException, IOException {
			refuseSecondRun();
			this.partnerBase = nextId("partner");
			this.customerBase = nextId("customer");
			this.userBase = nextId("user_account");
			this.relationshipBase = nextId("reseller_relationship");
			this.customerUserBase = this.userBase + 1 + (long) SampleOrganisations.PARTNERS.size() + 3;
			catalogue();
			partners();
			customers();
			users();
			agreementAcceptors();
			relationships();
			grants();
			history();
			subscriptions();
			activity();
			finish();
			long mainPartnerId = this.partnerBase + SampleOrganisations.MAIN_PARTNER;
			List<Long> partnerIds = new ArrayList<>();
			List<Long> partnerAdminIds = new ArrayList<>();
			for (int partner = 0; partner < SampleOrganisations.PARTNERS.size(); partner++) {
				partnerIds.add(this.partnerBase + partner);
				partnerAdminIds.add(partnerUserId(partner, "GLOBAL_ADMIN"));
			}
			return new GeneratedData(size.password(),
					partnerUserEmail(SampleOrganisations.MAIN_PARTNER, "GLOBAL_ADMIN"),
					customerAdminEmail(SampleOrganisations.MANY_PARTNERS_CUSTOMER), PLATFORM_ADMIN_EMAIL, mainPartnerId,
					partnerIds, partnerAdminIds, this.customerBase + this.size.customers() / 2,
					this.serviceIds.get(CustomerPlan.OFFICE), SampleOrganisations.word(this.size.customers() / 3),
					deepPage(mainPartnerId), List.of());
		}

		/**
		 * Page {@value #DEEP_PAGE} of the main partner's customers, or the last page when
		 * there are fewer, in the Customers page's default order: the customer it starts
		 * after (the last row of the page before) and its first row.
		 */
		private GeneratedData.DeepPage deepPage(long mainPartnerId) throws SQLException {
			int pages = (this.size.customers() + LIST_PAGE_SIZE - 1) / LIST_PAGE_SIZE;
			int number = Math.min(DEEP_PAGE, pages);
			long start = (long) (number - 1) * LIST_PAGE_SIZE;
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement query = this.connection.prepareStatement("select c.id from reseller_relationship r"
					+ " join customer c on c.id = r.customer_id where r.partner_id = ? and r.state = 'ACTIVE'"
					+ " order by c.name_key, c.id offset ? rows fetch next 2 rows only")) {
				query.setLong(1, mainPartnerId);
				query.setLong(2, Math.max(start - 1, 0));
				try (ResultSet result = query.executeQuery()) {
					while (result.next()) {
						ids.add(result.getLong(1));
					}
				}
			}
			if (start == 0) {
				return new GeneratedData.DeepPage(number, null, ids.get(0));
			}
			return new GeneratedData.DeepPage(number, ids.get(0), ids.get(1));
		}

		private void refuseSecondRun() throws SQLException {
			try (PreparedStatement query = this.connection
				.prepareStatement("select count(*) from partner where name = ?")) {
				query.setString(1, SampleOrganisations.PARTNERS.get(SampleOrganisations.MAIN_PARTNER).name());
				try (ResultSet result = query.executeQuery()) {
					result.next();
					if (result.getLong(1) > 0) {
						throw new IllegalStateException(
								"This database holds generated data already; generate into an empty one");
					}
				}
			}
		}

		private long nextId(String table) throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
				result.next();
				return result.getLong(1);
			}
		}

		/** Adds the services the catalogue lacks, then reads every service and offer. */
		private void catalogue() throws SQLException {
			for (SampleService service : SERVICES) {
				if (count("select count(*) from cloud_service where code = '" + service.code() + "'") == 0) {
					try (PreparedStatement insert = this.connection.prepareStatement(
							"insert into cloud_service (code, name, delegated_admin_applies, sort_order) values (?, ?, ?, ?)")) {
						insert.setString(1, service.code());
						insert.setString(2, service.name());
						insert.setBoolean(3, service.delegatedAdminApplies());
						insert.setInt(4, service.sortOrder());
						insert.executeUpdate();
					}
					int order = 10;
					for (String offer : service.offers()) {
						try (PreparedStatement insert = this.connection
							.prepareStatement("insert into offer (service_id, name, min_seats, max_seats, sort_order) "
									+ "select id, ?, 1, 10000, ? from cloud_service where code = ?")) {
							insert.setString(1, offer);
							insert.setInt(2, order);
							insert.setString(3, service.code());
							insert.executeUpdate();
						}
						order += 10;
					}
				}
			}
			this.connection.commit();
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery(
							"select s.code, s.id, s.name, o.name, o.min_seats, o.max_seats from cloud_service s "
									+ "join offer o on o.service_id = s.id order by s.sort_order, o.sort_order")) {
				while (result.next()) {
					String code = result.getString(1);
					this.serviceIds.put(code, result.getLong(2));
					this.serviceNames.put(code, result.getString(3));
					this.offers.computeIfAbsent(code, (key) -> new ArrayList<>())
						.add(new OfferRange(result.getString(4), result.getInt(5), result.getInt(6)));
				}
			}
			for (String code : List.of(CustomerPlan.DIRECTORY, CustomerPlan.OFFICE, CustomerPlan.DEVICES)) {
				if (!this.serviceIds.containsKey(code)) {
					throw new IllegalStateException("The catalogue has no service " + code);
				}
			}
			this.progress.note("Catalogue: " + this.serviceIds.size() + " services with offers");
		}

		private long count(String sql) throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery(sql)) {
				result.next();
				return result.getLong(1);
			}
		}

		private void partners() throws SQLException, IOException {
			try (TableWriter rows = open("partner", "id", "name", "country", "region", "cloud", "csp_member",
					"created_at")) {
				for (int partner = 0; partner < SampleOrganisations.PARTNERS.size(); partner++) {
					SamplePartner sample = SampleOrganisations.PARTNERS.get(partner);
					rows.row(this.partnerBase + partner, sample.name(), sample.country(), "EUROPE", "PUBLIC",
							sample.cspMember(), this.now.minusYears(4));
				}
			}
		}

		private void customers() throws SQLException, IOException {
			try (TableWriter rows = open("customer", "id", "company_name", "domain", "country", "cloud",
					"agreement_version", "agreement_accepted_at", "created_at")) {
				for (int index = 0; index < this.total; index++) {
					OffsetDateTime created = customerCreated(index);
					boolean accepted = index >= this.size.customers() || Mix.below(index, 20, 100) >= 5;
					rows.row(this.customerBase + index, SampleOrganisations.companyName(index),
							SampleOrganisations.domain(index), SampleOrganisations.country(index), "PUBLIC",
							accepted ? DataGenerator.this.agreement.version() : null,
							accepted ? created.plusHours(1) : null, created);
				}
			}
			// What the portal writes with each customer it creates, for the search by any
			// word of the name.
			try (TableWriter rows = open("customer_name_word", "customer_id", "word", "name_key")) {
				for (int index = 0; index < this.total; index++) {
					String companyName = SampleOrganisations.companyName(index);
					for (String word : NameWords.of(companyName)) {
						rows.row(this.customerBase + index, word, NameWord.nameKey(companyName));
					}
				}
			}
		}

		/**
		 * The platform admin, four users of the main partner (one per role), a Global
		 * admin for every other partner, a Global admin for every customer, and a second,
		 * ordinary user for one customer in ten.
		 */
		private void users() throws SQLException, IOException {
			try (TableWriter rows = open("user_account", "id", "kind", "email", "password_hash", "display_name",
					"partner_id", "partner_role", "customer_id", "customer_global_admin", "created_at")) {
				OffsetDateTime created = this.now.minusYears(4);
				rows.row(this.userBase, "PLATFORM_ADMIN", PLATFORM_ADMIN_EMAIL, this.passwordHash, "Paula Operator",
						null, null, null, null, created);
				for (int partner = 0; partner < SampleOrganisations.PARTNERS.size(); partner++) {
					List<String> roles = (partner == SampleOrganisations.MAIN_PARTNER) ? PARTNER_ROLES
							: List.of("GLOBAL_ADMIN");
					for (String role : roles) {
						rows.row(partnerUserId(partner, role), "PARTNER", partnerUserEmail(partner, role),
								this.passwordHash, partnerUserName(partner, role), this.partnerBase + partner, role,
								null, null, created);
					}
				}
				for (int index = 0; index < this.total; index++) {
					rows.row(this.customerUserBase + index, "CUSTOMER", customerAdminEmail(index), this.passwordHash,
							SampleOrganisations.personName(index), null, null, this.customerBase + index, true,
							customerCreated(index));
				}
				long next = this.customerUserBase + this.total;
				for (int index = 0; index < this.total; index++) {
					if (Mix.below(index, 21, 10) == 0) {
						rows.row(next++, "CUSTOMER", "it@" + SampleOrganisations.domain(index), this.passwordHash,
								SampleOrganisations.personName(index + 1L), null, null, this.customerBase + index,
								false, customerCreated(index).plusDays(2));
					}
				}
			}
		}

		private long partnerUserId(int partner, String role) {
			if (partner == SampleOrganisations.MAIN_PARTNER) {
				return this.userBase + 1 + PARTNER_ROLES.indexOf(role);
			}
			return this.userBase + PARTNER_ROLES.size() + partner;
		}

		/** The customer row names who accepted the agreement: its Global admin. */
		private void agreementAcceptors() throws SQLException {
			try (PreparedStatement update = this.connection
				.prepareStatement("update customer set agreement_accepted_by = id + ? "
						+ "where id between ? and ? and agreement_version is not null")) {
				update.setLong(1, this.customerUserBase - this.customerBase);
				update.setLong(2, this.customerBase);
				update.setLong(3, this.customerBase + this.total - 1);
				update.executeUpdate();
			}
			this.connection.commit();
		}

		private void relationships() throws SQLException, IOException {
			try (TableWriter rows = open("reseller_relationship", "id", "partner_id", "customer_id",
					"relationship_type", "state", "since", "delegated_admin_services")) {
				long id = this.relationshipBase;
				for (int index = 0; index < this.size.customers(); index++) {
					CustomerPlan plan = CustomerPlan.of(index, this.size.customers());
					for (PlannedRelationship relationship : plan.relationships()) {
						rows.row(id++, this.partnerBase + relationship.partner(), this.customerBase + index, "RESELLER",
								"ACTIVE", since(index, relationship),
								relationship.grants().stream().filter(PlannedGrant::active).count());
					}
				}
			}
			// What the portal writes with each relationship it establishes, for each
			// partner's search of its customers by any word of their names (V18).
			try (TableWriter rows = open("partner_customer_word", "partner_id", "customer_id", "word", "name_key")) {
				for (int index = 0; index < this.size.customers(); index++) {
					String companyName = SampleOrganisations.companyName(index);
					for (PlannedRelationship relationship : CustomerPlan.of(index, this.size.customers())
						.relationships()) {
						for (String word : NameWords.of(companyName)) {
							rows.row(this.partnerBase + relationship.partner(), this.customerBase + index, word,
									NameWord.nameKey(companyName));
						}
					}
				}
			}
		}

		private void grants() throws SQLException, IOException {
			try (TableWriter rows = open("delegated_admin_grant", "relationship_id", "service_id", "customer_id",
					"active", "since", "csp_holder_customer_id")) {
				long id = this.relationshipBase;
				for (int index = 0; index < this.size.customers(); index++) {
					long customer = this.customerBase + index;
					for (PlannedRelationship relationship : CustomerPlan.of(index, this.size.customers())
						.relationships()) {
						for (PlannedGrant grant : relationship.grants()) {
							rows.row(id, this.serviceIds.get(grant.service()), customer, grant.active(),
									since(index, relationship), grant.cspHolder() ? customer : null);
						}
						id++;
					}
				}
			}
		}

		/**
		 * What the relationships' histories say: established, and each grant given or
		 * removed.
		 */
		private void history() throws SQLException, IOException {
			try (TableWriter rows = open("relationship_history", "relationship_id", "service_id", "action",
					"occurred_at", "actor_id")) {
				long id = this.relationshipBase;
				for (int index = 0; index < this.size.customers(); index++) {
					long actor = this.customerUserBase + index;
					for (PlannedRelationship relationship : CustomerPlan.of(index, this.size.customers())
						.relationships()) {
						OffsetDateTime since = since(index, relationship);
						rows.row(id, null, "ESTABLISHED", since, actor);
						for (PlannedGrant grant : relationship.grants()) {
							long service = this.serviceIds.get(grant.service());
							rows.row(id, service, "DELEGATED_ADMIN_GRANTED", since, actor);
							if (!grant.active()) {
								rows.row(id, service, "DELEGATED_ADMIN_REMOVED", since.plusDays(30), actor);
							}
						}
						id++;
					}
				}
			}
		}

		/**
		 * Two subscriptions per customer: Office from the main partner, and another
		 * service from the main partner, the customer's second partner, or bought
		 * directly.
		 */
		private void subscriptions() throws SQLException, IOException {
			List<String> seconds = SECOND_SUBSCRIPTIONS.stream().filter(this.offers::containsKey).toList();
			try (TableWriter rows = open("subscription", "customer_id", "service_id", "offer_name", "seats", "status",
					"partner_of_record_id", "support_contact_partner_id", "created_at")) {
				long main = this.partnerBase + SampleOrganisations.MAIN_PARTNER;
				for (int index = 0; index < this.size.customers(); index++) {
					long customer = this.customerBase + index;
					OffsetDateTime created = customerCreated(index).plusDays(3);
					subscription(rows, index, 0, customer, CustomerPlan.OFFICE, main, created);
					String service = seconds.get(Mix.below(index, 30, seconds.size()));
					Long seller = seller(index, Mix.below(index, 31, 100), main);
					subscription(rows, index, 1, customer, service, seller, created.plusDays(40));
				}
			}
		}

		/**
		 * Three in ten from the customer's second partner (the main one if it has none),
		 * one in ten bought directly, the rest from the main partner.
		 */
		private @Nullable Long seller(int index, int draw, long main) {
			if (draw < 30) {
				return this.partnerBase + CustomerPlan.of(index, this.size.customers()).secondPartner();
			}
			return (draw < 40) ? null : main;
		}

		private void subscription(TableWriter rows, int index, int which, long customer, String service,
				@Nullable Long seller, OffsetDateTime created) {
			List<OfferRange> choices = this.offers.get(service);
			OfferRange offer = choices.get(Mix.below(index, 32 + which, choices.size()));
			int draw = Mix.below(index, 34 + which, 100);
			String status = (draw < 90) ? "ACTIVE" : (draw < 97) ? "SUSPENDED" : "CANCELLED";
			rows.row(customer, this.serviceIds.get(service), offer.name(), offer.seats(index * 2L + which), status,
					seller, seller, created);
		}

		/**
		 * The activity log, spread evenly over the last year, oldest first: the things
		 * partners and customers do most, each naming the customer and partner.
		 */
		private void activity() throws SQLException, IOException {
			int entries = this.size.activityEntries();
			long span = Duration.ofDays(365).toSeconds();
			OffsetDateTime start = this.now.minusDays(365);
			try (TableWriter rows = open("activity_log", "occurred_at", "actor_id", "actor_name", "actor_organisation",
					"partner_id", "partner_name", "customer_id", "customer_name", "action", "old_value", "new_value")) {
				for (int entry = 0; entry < entries; entry++) {
					int index = Mix.below(entry, 40, this.size.customers());
					OffsetDateTime at = start.plusSeconds(span * entry / entries);
					int partner = (Mix.below(entry, 41, 100) < 85) ? SampleOrganisations.MAIN_PARTNER
							: CustomerPlan.of(index, this.size.customers()).secondPartner();
					ActivitySample sample = ActivitySample.of(entry, partner, this.serviceNames);
					String customerName = SampleOrganisations.companyName(index);
					long actorId;
					String actorName;
					String organisation;
					if (sample.byCustomer()) {
						actorId = this.customerUserBase + index;
						actorName = SampleOrganisations.personName(index);
						organisation = customerName;
					}
					else {
						String role = (partner == SampleOrganisations.MAIN_PARTNER)
								? PARTNER_ROLES.get(Mix.below(entry, 42, 2)) : "GLOBAL_ADMIN";
						actorId = partnerUserId(partner, role);
						actorName = partnerUserName(partner, role);
						organisation = SampleOrganisations.PARTNERS.get(partner).name();
					}
					rows.row(at, actorId, actorName, organisation,
							sample.withPartner() ? this.partnerBase + partner : null,
							sample.withPartner() ? SampleOrganisations.PARTNERS.get(partner).name() : null,
							this.customerBase + index, customerName, sample.action(), sample.oldValue(),
							sample.newValue());
				}
			}
		}

		/**
		 * Moves the identity columns past the numbers given explicitly, and brings the
		 * planner's statistics up to date.
		 */
		private void finish() throws SQLException {
			for (String table : List.of("partner", "customer", "user_account", "reseller_relationship")) {
				long next = nextId(table);
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("alter table " + table + " alter column id restart with " + next);
				}
			}
			this.connection.commit();
			this.progress.note("Updating the database's statistics");
			this.connection.setAutoCommit(true);
			try (Statement statement = this.connection.createStatement()) {
				// On PostgreSQL a vacuum too, or autovacuum runs it on the freshly loaded
				// tables while the first measurements are taken.
				boolean postgres = this.connection.isWrapperFor(PGConnection.class);
				statement.execute(postgres ? "vacuum analyze" : "analyze");
			}
		}

		private TableWriter open(String table, String... columns) throws SQLException {
			return TableWriter.open(this.connection, table, List.of(columns), this.progress);
		}

		/** Customers joined over the last three years, the first generated the oldest. */
		private OffsetDateTime customerCreated(int index) {
			long span = Duration.ofDays(3 * 365).toSeconds();
			return this.now.minusSeconds(span).plusSeconds(span * index / Math.max(1, this.total)).minusDays(30);
		}

		private OffsetDateTime since(int index, PlannedRelationship relationship) {
			return customerCreated(index).plusDays(1 + relationship.partner() * 3L);
		}

	}

	/**
	 * A service the generated data needs besides those the catalogue starts with.
	 *
	 * @param code its code
	 * @param name its name
	 * @param delegatedAdminApplies whether partners may hold delegated admin for it
	 * @param sortOrder where it goes in lists
	 * @param offers the offers it is sold as
	 */
	record SampleService(String code, String name, boolean delegatedAdminApplies, int sortOrder, List<String> offers) {
	}

	/**
	 * An offer and the seats it allows.
	 */
	private record OfferRange(String name, int minSeats, int maxSeats) {

		/** Business plans stay under their cap; enterprise plans mostly small too. */
		int seats(long seed) {
			int most = Math.min(this.maxSeats, 300);
			return this.minSeats + Mix.below(seed, 33, most - this.minSeats + 1);
		}

	}

}
