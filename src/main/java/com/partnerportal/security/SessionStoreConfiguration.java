package com.partnerportal.security;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The HTTP sessions' store: Spring Session keeps them in the database (tables from the
 * Flyway migrations), so that every instance serves every request.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * On PostgreSQL, writes a new session attribute with an upsert. Two requests of one
	 * session served at the same time, from two tabs or by two instances, may both add
	 * the same attribute; with a plain insert the second would break on the attribute's
	 * key and its page would fail. H2 serves a single instance, where this is rare, and
	 * has no such statement in PostgreSQL mode.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> {
		};
	}

}
