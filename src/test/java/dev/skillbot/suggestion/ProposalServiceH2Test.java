package dev.skillbot.suggestion;

import dev.skillbot.testing.TestDatabases;
import javax.sql.DataSource;

class ProposalServiceH2Test extends ProposalServiceContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }
}
