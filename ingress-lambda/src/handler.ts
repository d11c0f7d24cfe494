import { handle } from 'hono/aws-lambda';
import { createOrdersApp } from './app';
import { loadRequestPathAtInit } from './coldStart';
import { loadIngressConfig } from './config';
import { ordersApiDependencies } from './dependencies';

/**
 * Lambda entry behind API Gateway (REST API, proxy integration). Configuration is read and
 * clients are built once per container, at cold start; a bad variable fails the cold start with
 * a message naming it.
 */
export const handler = handle(createOrdersApp(ordersApiDependencies(loadIngressConfig())));

loadRequestPathAtInit();
