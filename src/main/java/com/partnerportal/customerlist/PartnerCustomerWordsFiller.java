package com.partnerportal.customerlist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.stereotype.Component;

import com.partnerportal.shared.AfterMigrationFill;

import com.partnerportal.customer.NameWord;
import com.partnerportal.customer.NameWords;

/**
 * Fills {@code partner_customer_word} (V18) for the active relationships that have no
 * entries yet, after every migration: those that SQL inserts after V18 (the demo data, a
 * repeatable migration). V18 fills the relationships there were from the customers' words
 * (V16), and {@link PartnerCustomerWords} keeps the entries with each change the portal
 * makes, so this finds none after the first start. The words are split here, as the
 * portal splits them, rather than read from {@code customer_name_word}, which another
 * callback of the same phase fills for the same customers.
 */
@Component
public class PartnerCustomerWordsFiller extends AfterMigrationFill {

	private static final String WITHOUT_WORDS = "select r.partner_id, c.id, c.company_name"
			+ " from reseller_relationship r join customer c on c.id = r.customer_id where r.state = 'ACTIVE'"
			+ " and not exists (select 1 from " + PartnerCustomerWords.TABLE
			+ " w where w.partner_id = r.partner_id and w.customer_id = r.customer_id)";

	private static final int BATCH = 1_000;

	PartnerCustomerWordsFiller() {
		super(PartnerCustomerWords.TABLE);
	}

	@Override
	protected void fill(Connection connection) throws SQLException {
		try (PreparedStatement relationships = connection.prepareStatement(WITHOUT_WORDS);
				PreparedStatement insert = connection.prepareStatement("insert into " + PartnerCustomerWords.TABLE
						+ " (partner_id, customer_id, word, name_key) values (?, ?, ?, ?)");
				ResultSet found = relationships.executeQuery()) {
			int pending = 0;
			while (found.next()) {
				String companyName = found.getString(3);
				for (String word : NameWords.of(companyName)) {
					insert.setLong(1, found.getLong(1));
					insert.setLong(2, found.getLong(2));
					insert.setString(3, word);
					insert.setString(4, NameWord.nameKey(companyName));
					insert.addBatch();
					if (++pending % BATCH == 0) {
						insert.executeBatch();
					}
				}
			}
			insert.executeBatch();
		}
	}

}
