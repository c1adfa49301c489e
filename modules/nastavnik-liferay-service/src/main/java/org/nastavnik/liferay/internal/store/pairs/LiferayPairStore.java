package org.nastavnik.liferay.internal.store.pairs;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Instant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.liferay.internal.store.Dates;
import org.nastavnik.liferay.internal.store.Failures;
import org.nastavnik.liferay.internal.store.Paging;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.internal.transaction.PortalTransactions;
import org.nastavnik.liferay.service.PairLocalService;
import org.nastavnik.liferay.service.PairMemberLocalService;
import org.nastavnik.liferay.service.ProgramLocalService;
import org.nastavnik.liferay.service.persistence.PairMemberPersistence;
import org.nastavnik.liferay.service.persistence.PairPersistence;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.pairs.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pairs in {@code Nastavnik_Pair}, their mentees in {@code Nastavnik_PairMember}, per site (see
 * {@link StoreScope}).
 *
 * <p><b>One open pair per mentee and program.</b> As in the JDBC twin, each member row carries
 * {@code openInProgram}, 1 while the membership is open, and the unique index on (programId,
 * menteeUserId, openInProgram) lets only one open membership per mentee and program exist: a
 * concurrent second proposal fails on the index when it is flushed. Closed memberships carry
 * distinct negative values (see {@link PairMapping}). The index, not the look-up before each
 * insert, is what holds under concurrency; the look-up only gives the common case a clear
 * message without a failed statement.</p>
 *
 * <p>Updates compare {@link Pair#version()} with the row's {@code mvccVersion}, and Hibernate's
 * version check refuses a change made meanwhile.</p>
 */
@Component(service = PairStore.class)
public class LiferayPairStore implements PairStore {

	@Override
	public Pair add(
		long programId, long mentorUserId, List<Long> menteeUserIds, long proposedByUserId) {

		ServiceContext serviceContext = _storeScope.serviceContext();

		return PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.Program program = _programLocalService.fetchProgram(
					programId);

				if ((program == null) ||
					(program.getGroupId() != serviceContext.getScopeGroupId())) {

					throw new NotFoundException("program.not-found", programId);
				}

				org.nastavnik.liferay.model.Pair pair = _pairLocalService.addPair(
					proposedByUserId, programId, mentorUserId, Response.PENDING.name(),
					PairStatus.PROPOSED.name(), Dates.toDate(Instant.now()), serviceContext);

				for (long menteeUserId : menteeUserIds) {
					if (_pairMemberLocalService.fetchOpenPairMember(programId, menteeUserId) !=
							null) {

						throw new ConflictException("pair.mentee-has-open-pair", menteeUserId);
					}

					_flushMember(
						() -> _pairMemberLocalService.addPairMember(
							proposedByUserId, pair.getPairId(), programId, menteeUserId,
							Response.PENDING.name(), PairMapping.OPEN, serviceContext),
						menteeUserId);
				}

				return _toPair(pair);
			});
	}

	@Override
	public Optional<Pair> find(long pairId) {
		return _fetchPair(
			pairId, _storeScope.groupId()
		).map(
			this::_toPair
		);
	}

	@Override
	public Page<Pair> find(PairQuery query, PageRequest pageRequest) {
		long groupId = _storeScope.groupId();

		Page<org.nastavnik.liferay.model.Pair> page = Paging.page(
			pageRequest,
			(start, end) -> _pairLocalService.dynamicQuery(
				_dynamicQuery(
					groupId, query
				).addOrder(
					OrderFactoryUtil.desc("createDate")
				).addOrder(
					OrderFactoryUtil.desc("pairId")
				),
				start, end),
			() -> _pairLocalService.dynamicQueryCount(_dynamicQuery(groupId, query)));

		Map<Long, List<org.nastavnik.liferay.model.PairMember>> pairMembers = _pairMembers(
			page.items(
			).stream(
			).mapToLong(
				org.nastavnik.liferay.model.Pair::getPairId
			).toArray());

		return page.map(
			pair -> PairMapping.toPair(
				pair, pairMembers.getOrDefault(pair.getPairId(), List.of())));
	}

	@Override
	public boolean hasOpenPair(long programId, long menteeUserId) {
		return _pairMemberLocalService.fetchOpenPairMember(programId, menteeUserId) != null;
	}

	@Override
	public Pair update(Pair pair) {
		long groupId = _storeScope.groupId();

		return PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.Pair pairModel = _fetchPair(
					pair.pairId(), groupId
				).orElseThrow(
					() -> new NotFoundException("pair.not-found", pair.pairId())
				);

				if (pairModel.getMvccVersion() != pair.version()) {
					throw ConflictException.forField("version", "version.stale");
				}

				pairModel.setMentorResponse(pair.mentorResponse().name());

				PairMapping.writeState(pair.state(), pairModel);

				org.nastavnik.liferay.model.Pair updatedPairModel = Failures.flushed(
					() -> _pairLocalService.updatePair(pairModel), _pairPersistence::flush);

				for (PairMember member : pair.members()) {
					_updateMember(pair, member);
				}

				return _toPair(updatedPairModel);
			});
	}

	private DynamicQuery _dynamicQuery(long groupId, PairQuery query) {
		DynamicQuery dynamicQuery = _pairLocalService.dynamicQuery();

		dynamicQuery.add(RestrictionsFactoryUtil.eq("groupId", groupId));

		query.programId(
		).ifPresent(
			programId -> dynamicQuery.add(RestrictionsFactoryUtil.eq("programId", programId))
		);
		query.status(
		).ifPresent(
			status -> dynamicQuery.add(RestrictionsFactoryUtil.eq("status", status.name()))
		);
		query.participantUserId(
		).ifPresent(
			userId -> {
				DynamicQuery memberDynamicQuery = _pairMemberLocalService.dynamicQuery();

				memberDynamicQuery.add(RestrictionsFactoryUtil.eq("menteeUserId", userId));
				memberDynamicQuery.setProjection(ProjectionFactoryUtil.property("pairId"));

				dynamicQuery.add(
					RestrictionsFactoryUtil.or(
						RestrictionsFactoryUtil.eq("mentorUserId", userId),
						PropertyFactoryUtil.forName(
							"pairId"
						).in(
							memberDynamicQuery
						)));
			}
		);

		return dynamicQuery;
	}

	private Optional<org.nastavnik.liferay.model.Pair> _fetchPair(long pairId, long groupId) {
		org.nastavnik.liferay.model.Pair pair = _pairLocalService.fetchPair(pairId);

		if ((pair == null) || (pair.getGroupId() != groupId)) {
			return Optional.empty();
		}

		return Optional.of(pair);
	}

	private void _flushMember(Runnable write, long menteeUserId) {
		try {
			Failures.flushed(
				() -> {
					write.run();

					return null;
				},
				_pairMemberPersistence::flush);
		}
		catch (RuntimeException runtimeException) {
			if (Failures.isUniqueViolation(runtimeException)) {
				throw new ConflictException("pair.mentee-has-open-pair", menteeUserId);
			}

			throw runtimeException;
		}
	}

	private Map<Long, List<org.nastavnik.liferay.model.PairMember>> _pairMembers(
		long[] pairIds) {

		if (pairIds.length == 0) {
			return Map.of();
		}

		return _pairMemberLocalService.getPairMembers(
			pairIds
		).stream(
		).collect(
			Collectors.groupingBy(org.nastavnik.liferay.model.PairMember::getPairId)
		);
	}

	private Pair _toPair(org.nastavnik.liferay.model.Pair pair) {
		return PairMapping.toPair(
			pair, _pairMemberLocalService.getPairMembers(new long[] {pair.getPairId()}));
	}

	private void _updateMember(Pair pair, PairMember member) {
		org.nastavnik.liferay.model.PairMember pairMember =
			_pairMemberLocalService.fetchPairMember(pair.pairId(), member.menteeUserId());

		if (pairMember == null) {
			throw new IllegalArgumentException(
				"Mentee " + member.menteeUserId() + " is not a member of pair " + pair.pairId() +
					"; members never change");
		}

		int openInProgram = PairMapping.openInProgram(
			pair, member, pairMember.getPairMemberId());

		if (openInProgram == PairMapping.OPEN) {
			org.nastavnik.liferay.model.PairMember openPairMember =
				_pairMemberLocalService.fetchOpenPairMember(
					pairMember.getProgramId(), member.menteeUserId());

			if ((openPairMember != null) &&
				(openPairMember.getPairMemberId() != pairMember.getPairMemberId())) {

				throw new ConflictException("pair.mentee-has-open-pair", member.menteeUserId());
			}
		}

		pairMember.setResponse(member.response().name());
		pairMember.setOpenInProgram(openInProgram);

		_flushMember(
			() -> _pairMemberLocalService.updatePairMember(pairMember), member.menteeUserId());
	}

	@Reference
	private PairLocalService _pairLocalService;

	@Reference
	private PairMemberLocalService _pairMemberLocalService;

	@Reference
	private PairMemberPersistence _pairMemberPersistence;

	@Reference
	private PairPersistence _pairPersistence;

	@Reference
	private ProgramLocalService _programLocalService;

	@Reference
	private StoreScope _storeScope;

}
