package org.careerpath.web;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContentVersionRepository extends JpaRepository<ContentVersionRow, Short> {

    @Query("select c.version from ContentVersionRow c where c.id = 1")
    long current();

    @Modifying
    @Query("update ContentVersionRow c set c.version = c.version + 1, c.updatedAt = current_timestamp where c.id = 1")
    int bump();
}
