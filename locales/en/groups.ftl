# Working groups.
networks-groups-text = The network's members take part in thematic working groups with the observatory's staff. Some groups are listed publicly; others work privately.
networks-groups-link = See the working groups
staff-groups = Working groups
groups-title = Working groups
groups-intro = Members of the collaboration network work together in thematic groups: they share research and practice, prepare recommendations and carry out joint activities with the observatory.
groups-none = No working group is listed publicly yet.
groups-none-yet = No working group has been created yet.
groups-join-text = To take part in a group, tell us what you propose and what you specialise in: our team will suggest the group that fits.
groups-stage = Stage
groups-stage-forming = Forming
groups-stage-active = Active
groups-stage-closed = Closed (archive)
groups-line = Line of work
groups-no-line = No particular line of work
groups-organisation = Coordinating organisation
groups-members = Members
groups-member-count = { $count ->
    [0] No members yet
    [one] One member
   *[other] { $count } members
}
groups-private-notice = This group is not listed publicly: only its members and the observatory's staff see this page.
groups-member-list = Members
groups-members-none = Nobody has joined this group yet.
group-role-coordinator = Coordinator
group-role-member = Member
group-role-contributor = Contributor
group-role-observer = Observer
groups-field-name = Name of the group
groups-field-description = What the group works on
groups-visibility = Who sees the group
groups-visibility-public = Listed publicly on the site
groups-visibility-private = Its members and staff only
groups-new = New working group
groups-create = Create the group
groups-edit = The group's details
groups-save = Save the group
groups-saved = The group has been saved.
groups-see-page = See the group's page
groups-remove = Remove from the group
groups-add-member = Add a member
groups-member-email = E-mail address of their account
groups-member-role = Role in the group
groups-add = Add to the group
groups-name-missing = Give the group a name.
groups-description-missing = Say in a few words what the group works on.
groups-line-unknown = Choose a line of work from the list.
groups-choice-unknown = Choose one of the options given.
groups-member-unknown = No confirmed account uses this address. Ask the person to register and confirm their address first.
