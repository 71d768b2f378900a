package org.careerpath.guides;

import java.util.List;

/** The roles of one track, in ladder order. */
public record TrackRoles(String slug, String name, List<RoleAtLevel> roles) {}
