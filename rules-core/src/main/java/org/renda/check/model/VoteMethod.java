package org.renda.check.model;

/** How a vote was taken; {@code SECRET_BALLOT} = 无记名投票. */
public enum VoteMethod { SECRET_BALLOT, SHOW_OF_HANDS, ELECTRONIC }
