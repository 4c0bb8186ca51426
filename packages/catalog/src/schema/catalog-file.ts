import { type Static, Type } from '@sinclair/typebox';
import { Hardware } from './hardware.js';
import { Model } from './model.js';
import { Offer } from './offer.js';

/** A user catalog file: any subset of the three lists, merged over the built-in data. */
export const CatalogFile = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    models: Type.Optional(Type.Array(Model)),
    hardware: Type.Optional(Type.Array(Hardware)),
    offers: Type.Optional(Type.Array(Offer)),
  },
  { additionalProperties: false },
);
export type CatalogFile = Static<typeof CatalogFile>;
