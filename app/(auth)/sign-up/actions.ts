"use server";

import { headers } from "next/headers";
import { validatedAction } from "@/lib/actions/safe-action";
import { registerUser } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/validations/auth";
import { clientAddress } from "@/lib/rate-limit";

export const signUpAction = validatedAction(signUpSchema, async (data) => registerUser(data, clientAddress(await headers())));
