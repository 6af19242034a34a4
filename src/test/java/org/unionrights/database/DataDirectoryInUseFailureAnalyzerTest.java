package org.unionrights.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryInUseFailureAnalyzerTest {

	@Test
	void explainsTheCauseAndWhatToDoEvenWhenWrapped() {
		Exception wrapped = new BeanCreationException("entityManagerFactory",
				new BeanCreationException("dataSource", new DataDirectoryInUseException(Path.of("/srv/portal/data"))));
		FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer().analyze(wrapped);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("/srv/portal/data", "in use by another running portal");
		assertThat(analysis.getAction()).contains("--portal.embedded-db.data-dir");
	}

}
