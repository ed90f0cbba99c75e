import { registerDescribedEnum } from '../../shared/register-enum';

export enum WeaponCategory {
  BALLISTIC_MISSILE = 'BALLISTIC_MISSILE',
  CRUISE_MISSILE = 'CRUISE_MISSILE',
  DRONE = 'DRONE',
  ARTILLERY = 'ARTILLERY',
  AIR_DEFENCE = 'AIR_DEFENCE',
  AIRCRAFT = 'AIRCRAFT',
  ARMOURED_VEHICLE = 'ARMOURED_VEHICLE',
  SHIP = 'SHIP',
  AMMUNITION = 'AMMUNITION',
  SMALL_ARMS = 'SMALL_ARMS',
  EXPLOSIVES = 'EXPLOSIVES',
  OTHER = 'OTHER',
}

registerDescribedEnum(
  WeaponCategory,
  'WeaponCategory',
  'Weapon category (after the SIPRI Arms Transfers Database).',
  {
    BALLISTIC_MISSILE: 'Ballistic missiles (SIPRI "Missiles").',
    CRUISE_MISSILE: 'Cruise and anti-ship missiles (SIPRI "Missiles").',
    DRONE: 'Uncrewed aerial vehicles, including one-way attack drones (SIPRI "Aircraft").',
    ARTILLERY: 'Guns, howitzers, rocket launchers (SIPRI "Artillery").',
    AIR_DEFENCE: 'Air-defence systems (SIPRI "Air defence systems").',
    AIRCRAFT: 'Crewed aircraft and helicopters (SIPRI "Aircraft").',
    ARMOURED_VEHICLE: 'Tanks and armoured vehicles (SIPRI "Armoured vehicles").',
    SHIP: 'Naval vessels (SIPRI "Ships").',
    AMMUNITION: 'Shells, rounds and munitions (outside SIPRI major-arms coverage).',
    SMALL_ARMS: 'Small arms and light weapons (outside SIPRI major-arms coverage).',
    EXPLOSIVES: 'Explosives and detonators.',
    OTHER: 'Anything else (SIPRI "Other").',
  },
);

export enum TransferStatus {
  PLANNED = 'PLANNED',
  REPORTED = 'REPORTED',
  DELIVERED = 'DELIVERED',
  CONFIRMED = 'CONFIRMED',
  DENIED = 'DENIED',
}

registerDescribedEnum(TransferStatus, 'TransferStatus', 'What is known about a transfer.', {
  PLANNED: 'Agreed or expected, not yet delivered.',
  REPORTED: 'Reported as under way or done, not confirmed by the parties.',
  DELIVERED: 'Delivery reported by several sources or officials.',
  CONFIRMED: 'Confirmed by a party to the transfer or by a government.',
  DENIED: 'Denied by the parties and not otherwise established.',
});
