package org.careerpath.guides;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles for this feature's pages and for the others. */
@Service
@Transactional(readOnly = true)
public class RoleService {

    private final RoleRepository roles;

    RoleService(RoleRepository roles) {
        this.roles = roles;
    }

    /** Every role: the ladder first, then its neighbours. */
    public List<RoleSummary> all() {
        return roles.findAllByOrderByPosition().stream().map(Role::toSummary).toList();
    }
}
