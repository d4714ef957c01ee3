package dev.skillbot.persistence;

import dev.skillbot.testing.TestDatabases;
import javax.sql.DataSource;

class PersonalStoresH2Test extends PersonalStoresContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }
}
