package com.partnerportal.customer.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.stereotype.Component;

import com.partnerportal.customer.NameWord;
import com.partnerportal.customer.NameWords;
import com.partnerportal.shared.AfterMigrationFill;

/**
 * Fills {@code customer_name_word} (V16) for the customers that have no words yet, after
 * every migration: the customers that existed when V16 ran, and those that SQL inserts
 * (the demo data, a repeatable migration that runs after V16). A customer created by the
 * application writes its words itself, so this finds none after the first start. One
 * anti-join by the table's primary key, then batched inserts.
 */
@Component
public class NameWordsFiller extends AfterMigrationFill {

	private static final String WITHOUT_WORDS = "select c.id, c.company_name from customer c"
			+ " where not exists (select 1 from customer_name_word w where w.customer_id = c.id)";

	private static final int BATCH = 1_000;

	NameWordsFiller() {
		super("customer_name_word");
	}

	@Override
	protected void fill(Connection connection) throws SQLException {
		try (PreparedStatement customers = connection.prepareStatement(WITHOUT_WORDS);
				PreparedStatement insert = connection
					.prepareStatement("insert into customer_name_word (customer_id, word, name_key) values (?, ?, ?)");
				ResultSet found = customers.executeQuery()) {
			int pending = 0;
			while (found.next()) {
				for (String word : NameWords.of(found.getString(2))) {
					insert.setLong(1, found.getLong(1));
					insert.setString(2, word);
					insert.setString(3, NameWord.nameKey(found.getString(2)));
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
