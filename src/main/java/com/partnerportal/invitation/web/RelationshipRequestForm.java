package com.partnerportal.invitation.web;

/**
 * The partner's choice on the request page. Only the choice: the link's token always
 * comes from the server.
 *
 * @param includeDelegatedAdmin whether the invitation asks for delegated admin; a cleared
 * box arrives as {@code false} thanks to the checkbox's hidden marker
 */
record RelationshipRequestForm(boolean includeDelegatedAdmin) {

}
