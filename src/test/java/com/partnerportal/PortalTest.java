package com.partnerportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.partnerportal.customer.CustomerRepository;

/**
 * The whole application, as the integration tests start it: every test class annotated
 * with it gets the same configuration, so the test framework's context cache starts the
 * application once per {@link #webEnvironment() web environment} and the classes share
 * it. A test class that adds its own properties, profiles or bean overrides gets a
 * context of its own, started for it alone; such a class says why it needs one.
 * <p>
 * Since the context is shared, a test leaves it as it found it: a test method that
 * commits changes to the demo data puts them back, or works on records of its own
 * (organisations it registers, entries at instants nothing else writes), and
 * {@link ActivityBaseline} reads the activity log from where it stood. A test that cannot
 * do that keeps a context of its own: it names one with the property
 * {@code portal.test-context}, which nothing reads but the context cache, and closes it
 * afterwards with {@code @DirtiesContext}. Every account's language and time zone, which
 * signed-in tests change by choosing a language, are put back after each class, and the
 * attempts the sign-in throttle counted are forgotten ({@link SharedStateRestorer}).
 * <ul>
 * <li>{@code MockMvc} is in every context, so a test over a real port may use it too
 * without a context of its own.</li>
 * <li>The clock, the password encoder and the customers' repository are Mockito spies in
 * every context: they behave as the real beans until a test stubs them, and every stub
 * and recorded call is reset after each test method. A test that races another
 * transaction on the clock, counts the password checks or makes a customer's insert fail
 * uses them without a context of its own.</li>
 * <li>Hibernate keeps statistics (without logging them per session), which the query
 * count tests read.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.log_session_metrics=false" })
@AutoConfigureMockMvc
@MockitoSpyBean(types = { Clock.class, PasswordEncoder.class, CustomerRepository.class })
@TestExecutionListeners(listeners = SharedStateRestorer.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface PortalTest {

	/**
	 * {@link WebEnvironment#RANDOM_PORT} for the tests that talk to the portal over real
	 * HTTP, through the sign-in form; each value is one shared context.
	 * @return the web environment
	 */
	@AliasFor(annotation = SpringBootTest.class)
	WebEnvironment webEnvironment() default WebEnvironment.MOCK;

}
