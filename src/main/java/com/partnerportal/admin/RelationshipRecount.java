package com.partnerportal.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.stereotype.Component;

import com.partnerportal.shared.AfterMigrationFill;

/**
 * Counts the active relationships and, per service, those holding delegated admin, after
 * every migration, into the counts {@link RelationshipCounts} keeps: the demo data and
 * the data generator write relationships straight into the tables, without the events
 * that change the counts. A service added since gets its row here. The counts are updated
 * in place, so that a change committed by another instance meanwhile is not lost.
 */
@Component
class RelationshipRecount extends AfterMigrationFill {

	static final String[] STATEMENTS = { """
			insert into delegated_admin_count (service_id, how_many)
			select s.id, 0 from cloud_service s
			where not exists (select 1 from delegated_admin_count d where d.service_id = s.id)""", """
			update active_relationship_count
			set how_many = (select count(*) from reseller_relationship where state = 'ACTIVE')""", """
			update delegated_admin_count set how_many = (select count(*) from delegated_admin_grant g
				where g.service_id = delegated_admin_count.service_id and g.active = true)""" };

	RelationshipRecount() {
		super("relationship counts");
	}

	@Override
	protected void fill(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : STATEMENTS) {
				statement.executeUpdate(sql);
			}
		}
	}

}
