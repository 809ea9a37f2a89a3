package com.partnerportal.security;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
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
	 * How often at most a session's last access is written. Writing it on every request
	 * was an update of the session's row for each page and each file a page loads; an
	 * idle session now ends up to this much before its timeout, which the timeout's
	 * half-hour makes no one notice.
	 */
	static final Duration LAST_ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

	/**
	 * H2's own upsert, with the parameters of Spring Session's attribute insert (session
	 * primary id, attribute name, bytes): H2's PostgreSQL mode offers no
	 * {@code ON CONFLICT ... DO UPDATE}.
	 */
	private static final String H2_CREATE_SESSION_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	/**
	 * The store the session filter uses: Spring Session's, writing a session's last
	 * access once a minute at most. Put in place of Spring Session's own bean, as a bean
	 * of its own would make Boot leave out its session configuration; Spring Session's
	 * own store is set up, started and stopped as before.
	 */
	@Bean
	static BeanPostProcessor lastAccessWrittenOncePerMinute() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository store)
						? new LastAccessWrittenOncePerInterval<>(store, LAST_ACCESS_WRITE_INTERVAL) : bean;
			}
		};
	}

	/**
	 * Writes a new session attribute with an upsert. Two requests of one session served
	 * at the same time, from two tabs, a double-clicked button or two instances, may both
	 * add the same attribute (a flash message, say); with Spring Session's plain insert
	 * the second would break on the attribute's key and its page would fail.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if ("H2".equals(product)) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
		}
		return (repository) -> {
		};
	}

}
