package org.careerpath.guides;

import java.util.List;

/** The roles of one track (or the neighbouring roles), in ladder order. */
public record TrackRoles(String slug, String name, List<Role> roles) {}
